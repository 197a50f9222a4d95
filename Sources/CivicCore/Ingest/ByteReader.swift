import CZlib

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads raw bytes from a file descriptor, or inflates a `.gz` file through the system zlib. Standard input
/// that starts with the gzip magic bytes (`gzip -c f | civicpulse report -`) is inflated too.
final class ByteReader {
  enum ReadResult: Equatable {
    case data(Int)
    /// Nothing to read within the timeout (pipes, terminals); try again.
    case idle
    case eof
    case failed(String)
  }

  let fd: Int32
  /// Regular files never block; pipes and terminals are polled first so a stop request is noticed.
  let isRegular: Bool
  private var gz: gzFile?
  private let ownsFD: Bool
  /// Set by the first `close`: the descriptor's number may belong to another file after that, so a second
  /// `close` (e.g. `deinit` after an explicit close) must not touch it.
  private var closed = false
  /// Stdin: true until its first two bytes show whether it is gzip.
  private var sniffing = false
  /// The first byte of stdin when it arrived alone, before the magic bytes could be checked.
  private var heldByte: UInt8?
  /// Inflates stdin that turned out to be gzip.
  private var inflater: GzipInflater?
  private var compressed: UnsafeMutableRawBufferPointer?

  private init(fd: Int32, gz: gzFile?, isRegular: Bool, ownsFD: Bool, sniffing: Bool = false) {
    self.fd = fd
    self.gz = gz
    self.isRegular = isRegular
    self.ownsFD = ownsFD
    self.sniffing = sniffing
  }

  deinit {
    close()
    compressed?.deallocate()
  }

  /// Standard input (not closed by `close`); gzip data on it is inflated. `fd` names another descriptor to read
  /// the same way (tests read a pipe).
  static func standardInput(fd: Int32 = 0) -> ByteReader {
    ByteReader(fd: fd, gz: nil, isRegular: Self.isRegularFile(fd), ownsFD: false, sniffing: true)
  }

  /// Opens `path`; names ending in `.gz` are inflated transparently. With `waitingForWriter` false a named pipe
  /// opens at once, before anything opens it for writing (reads are polled then): a follower must not sit in
  /// `open` where a stop request is never seen.
  static func open(path: String, waitingForWriter: Bool = true) -> Swift.Result<ByteReader, ReadError> {
    let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC | (waitingForWriter ? 0 : O_NONBLOCK))
    if fd < 0 { return .failure(ReadError(code: errno, message: "cannot open \(path): \(errorText(errno))")) }
    if path.hasSuffix(".gz") {
      guard let gz = gzdopen(fd, "rb") else {
        Glibc.close(fd)
        return .failure(ReadError(code: 0, message: "cannot open \(path) as gzip"))
      }
      gzbuffer(gz, 1 << 18)
      return .success(ByteReader(fd: -1, gz: gz, isRegular: true, ownsFD: true))
    }
    return .success(ByteReader(fd: fd, gz: nil, isRegular: isRegularFile(fd), ownsFD: true))
  }

  var isGzip: Bool { gz != nil }

  /// True once stdin was seen to start with the gzip magic bytes.
  var isInflatingStream: Bool { inflater != nil }

  /// Reads up to `buffer.count` bytes, waiting at most `timeout` seconds on pipes and terminals.
  func read(into buffer: UnsafeMutableRawBufferPointer, timeout: Double) -> ReadResult {
    if let inflater { return readInflating(inflater, into: buffer, timeout: timeout) }
    if sniffing { return readSniffing(into: buffer, timeout: timeout) }
    return readRaw(into: buffer, timeout: timeout)
  }

  /// The first read of stdin: the gzip magic bytes switch to inflating; anything else is passed on as it is.
  private func readSniffing(into buffer: UnsafeMutableRawBufferPointer, timeout: Double) -> ReadResult {
    guard buffer.count >= 2, let base = buffer.baseAddress else { return readRaw(into: buffer, timeout: timeout) }
    let offset = heldByte == nil ? 0 : 1
    let result = readRaw(
      into: UnsafeMutableRawBufferPointer(start: base + offset, count: buffer.count - offset), timeout: timeout)
    var count = offset
    switch result {
    case .data(let n): count += n
    case .idle: return .idle
    case .eof, .failed:
      sniffing = false
      guard let held = heldByte else { return result }
      heldByte = nil
      buffer[0] = held
      return .data(1)
    }
    if let held = heldByte {
      buffer[0] = held
      heldByte = nil
    }
    if count < 2 {
      heldByte = buffer[0]
      return .idle
    }
    sniffing = false
    guard buffer[0] == 0x1f && buffer[1] == 0x8b else { return .data(count) }
    let inflater = GzipInflater()
    self.inflater = inflater
    inflater.supply(UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
    return readInflating(inflater, into: buffer, timeout: timeout)
  }

  /// Inflates gzip data from stdin, reading more compressed bytes (polled on pipes) whenever the input runs out.
  private func readInflating(_ inflater: GzipInflater, into buffer: UnsafeMutableRawBufferPointer, timeout: Double)
    -> ReadResult
  {
    while true {
      if inflater.hasPendingInput {
        switch inflater.inflate(into: buffer) {
        case .produced(let n): if n > 0 { return .data(n) }
        case .needsInput: break
        case .failed(let message): return .failed(message)
        }
        if inflater.hasPendingInput { continue }
      }
      let input = compressedBuffer()
      switch readRaw(into: input, timeout: timeout) {
      case .data(let n): inflater.supply(UnsafeRawBufferPointer(rebasing: input[0..<n]))
      case .idle: return .idle
      case .eof:
        return inflater.atMemberBoundary ? .eof : .failed(Self.truncatedGzip)
      case .failed(let message): return .failed(message)
      }
    }
  }

  /// Why gzip data that stops in the middle of a compressed stream is a read error.
  static let truncatedGzip = "gzip: the compressed data ends early (truncated)"

  private func compressedBuffer() -> UnsafeMutableRawBufferPointer {
    if let compressed { return compressed }
    let made = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 16)
    compressed = made
    return made
  }

  private func readRaw(into buffer: UnsafeMutableRawBufferPointer, timeout: Double) -> ReadResult {
    if let gz {
      let n = gzread(gz, buffer.baseAddress, UInt32(min(buffer.count, Int(Int32.max))))
      if n > 0 { return .data(Int(n)) }
      var code: Int32 = 0
      // zlib ends a stream cut short (a `.gz` still being written, a partial download) as if it were whole,
      // with Z_BUF_ERROR left for gzerror to tell.
      if n == 0 {
        _ = gzerror(gz, &code)
        return code == Z_BUF_ERROR ? .failed(Self.truncatedGzip) : .eof
      }
      let message = gzerror(gz, &code).map { String(cString: $0) } ?? "gzip error"
      return .failed("gzip: \(message)")
    }
    if !isRegular {
      var pfd = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
      let ready = poll(&pfd, 1, Int32(max(0, timeout) * 1000))
      if ready == 0 || (ready < 0 && errno == EINTR) { return .idle }
    }
    while true {
      let n = Glibc.read(fd, buffer.baseAddress, buffer.count)
      if n > 0 { return .data(n) }
      if n == 0 { return .eof }
      if errno == EINTR { continue }
      if errno == EAGAIN || errno == EWOULDBLOCK { return .idle }
      return .failed(errorText(errno))
    }
  }

  /// Closes the file once; later calls (and `deinit` after a call) do nothing.
  func close() {
    if closed { return }
    closed = true
    if let gz {
      gzclose(gz)
      self.gz = nil
    } else if ownsFD && fd >= 0 {
      Glibc.close(fd)
    }
  }

  static func isRegularFile(_ fd: Int32) -> Bool {
    var st = stat()
    return fstat(fd, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG
  }
}

/// Why a source could not be opened or read.
struct ReadError: Error {
  var code: Int32
  var message: String
}

/// `strerror` as a Swift string.
func errorText(_ code: Int32) -> String {
  String(cString: strerror(code))
}
