import CZlib

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads raw bytes from a file descriptor, or inflates a `.gz` file through the system zlib.
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

  private init(fd: Int32, gz: gzFile?, isRegular: Bool, ownsFD: Bool) {
    self.fd = fd
    self.gz = gz
    self.isRegular = isRegular
    self.ownsFD = ownsFD
  }

  deinit { close() }

  /// Standard input (not closed by `close`).
  static func standardInput() -> ByteReader {
    ByteReader(fd: 0, gz: nil, isRegular: Self.isRegularFile(0), ownsFD: false)
  }

  /// Opens `path`; names ending in `.gz` are inflated transparently.
  static func open(path: String) -> Swift.Result<ByteReader, ReadError> {
    let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
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

  /// Reads up to `buffer.count` bytes, waiting at most `timeout` seconds on pipes and terminals.
  func read(into buffer: UnsafeMutableRawBufferPointer, timeout: Double) -> ReadResult {
    if let gz {
      let n = gzread(gz, buffer.baseAddress, UInt32(min(buffer.count, Int(Int32.max))))
      if n > 0 { return .data(Int(n)) }
      if n == 0 { return .eof }
      var code: Int32 = 0
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
