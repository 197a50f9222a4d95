#if canImport(Glibc)
  import Glibc
#endif

/// A Unix stream socket server: newline-delimited records from many clients at once.
///
/// One thread polls the listening socket and every client (non-blocking), reading at most
/// `socketReadBytes` per client per turn, so a slow or stuck client never stalls the others. Each connection
/// has its own `StreamDecoder`. When the engine's queue is full, `push` blocks and every client is simply read
/// more slowly (the kernel's socket buffers then push back on the senders): nothing is buffered without limit.
/// When the process has no file descriptor left for a new client, new connections wait in the listen backlog
/// for a poll interval at a time, until a client leaves, instead of waking the poll at once, again and again.
final class SocketSource: IngestSource, @unchecked Sendable {
  let path: String
  let mode: UInt32
  private var listenFD: Int32 = -1
  private var inode: UInt = 0

  init(path: String, mode: UInt32) {
    self.path = path
    self.mode = mode
  }

  private struct Client {
    var fd: Int32
    var decoder: StreamDecoder
    var label: String
  }

  func prepare() throws {
    var st = stat()
    if lstat(path, &st) == 0 {
      guard (st.st_mode & S_IFMT) == S_IFSOCK else {
        throw IngestSetupError(message: "\(path) exists and is not a socket; refusing to replace it")
      }
      if Self.acceptsConnections(path) {
        throw IngestSetupError(message: "another process is already listening on \(path)")
      }
      unlink(path)  // a stale socket left by a process that exited without cleaning up
    }
    var probe = sockaddr_un()
    guard Self.fill(&probe, path: path) else {
      throw IngestSetupError(
        message: "socket path is too long (at most 107 bytes): \(path); give a shorter one, e.g. /run/civicpulse.sock"
          + " or a name relative to the current directory")
    }
    // Bind and listen under a temporary name, then link it into place: clients never see a socket file that
    // is not yet listening, and `link` refuses (EEXIST) anything that appeared at the path meanwhile.
    let temporary = DirectoryWatcher.directory(of: path) + "/.civicpulse-\(getpid())-\(listenerSerial()).sock"
    var address = sockaddr_un()
    let direct = !Self.fill(&address, path: temporary)
    if direct { _ = Self.fill(&address, path: path) }
    let boundPath = direct ? path : temporary
    unlink(temporary)
    let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
    guard fd >= 0 else { throw IngestSetupError(message: "cannot create a socket: \(errorText(errno))") }
    let oldMask = umask(0o177)
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
    }
    let bindError = errno
    umask(oldMask)
    guard bound == 0 else {
      close(fd)
      throw IngestSetupError(message: "cannot listen on \(path): \(errorText(bindError))")
    }
    chmod(boundPath, mode_t(mode))
    guard listen(fd, 128) == 0 else {
      let code = errno
      close(fd)
      unlink(boundPath)
      throw IngestSetupError(message: "cannot listen on \(path): \(errorText(code))")
    }
    if !direct {
      let linked = link(temporary, path)
      let code = errno
      unlink(temporary)
      guard linked == 0 else {
        close(fd)
        throw IngestSetupError(message: "cannot create the socket \(path): \(errorText(code))")
      }
    }
    _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
    if lstat(path, &st) == 0 { inode = UInt(st.st_ino) }
    listenFD = fd
  }

  func release() {
    guard listenFD >= 0 else { return }
    close(listenFD)
    listenFD = -1
    removeSocketFile()
  }

  func run(_ context: SourceContext) {
    guard listenFD >= 0 else { return context.fail("socket \(path) was not prepared") }
    var clients: [Client] = []
    var nextClient = 1
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: context.config.socketReadBytes, alignment: 16)
    defer {
      buffer.deallocate()
      for client in clients { close(client.fd) }
      close(listenFD)
      removeSocketFile()
    }
    context.setState(.listening, detail: "0 clients")
    var fds: [pollfd] = []
    var checkedFileAt = SystemClock.monotonic()
    var failedToRestore = false
    var acceptPausedUntil = 0.0
    while !context.isStopping {
      if SystemClock.monotonic() - checkedFileAt >= 1 {
        checkedFileAt = SystemClock.monotonic()
        restoreSocketFileIfRemoved(context, clients: clients.count, failedBefore: &failedToRestore)
      }
      fds.removeAll(keepingCapacity: true)
      let accepting = SystemClock.monotonic() >= acceptPausedUntil
      fds.append(pollfd(fd: listenFD, events: accepting ? Int16(POLLIN) : 0, revents: 0))
      for client in clients { fds.append(pollfd(fd: client.fd, events: Int16(POLLIN), revents: 0)) }
      let ready = poll(&fds, nfds_t(fds.count), Int32(context.config.pollInterval * 1000))
      if ready <= 0 { continue }
      var closed: [Int] = []
      for i in clients.indices where fds[i + 1].revents != 0 {
        if !read(&clients[i], context: context, buffer: buffer) { closed.append(i) }
      }
      for i in closed.reversed() {
        context.finish(clients[i].decoder, label: clients[i].label)
        close(clients[i].fd)
        clients.remove(at: i)
      }
      if !closed.isEmpty { acceptPausedUntil = 0 }
      if fds[0].revents != 0, !accept(into: &clients, next: &nextClient, context: context) {
        acceptPausedUntil = SystemClock.monotonic() + context.config.pollInterval
        let detail = Plural.count(clients.count, "client") + "; no file descriptor left for more (raise ulimit -n)"
        context.setState(.listening, detail: detail)
      } else if !closed.isEmpty || fds[0].revents != 0 {
        context.setState(.listening, detail: Plural.count(clients.count, "client"))
      }
    }
    for client in clients { context.finish(client.decoder, label: client.label) }
    context.setState(.ended)
  }

  /// Listens anew at the path when the socket file was deleted while listening (a `/tmp` cleaner, after days of
  /// running): no client could connect any more, while the status still said "listening". Clients already
  /// connected stay. Checked once a second; a failure is reported once, and tried again each second.
  private func restoreSocketFileIfRemoved(_ context: SourceContext, clients: Int, failedBefore: inout Bool) {
    var st = stat()
    guard lstat(path, &st) != 0, errno == ENOENT else { return }
    let old = listenFD
    do {
      try prepare()
      close(old)
      failedBefore = false
      context.setState(.listening, detail: Plural.count(clients, "client") + "; socket file recreated")
    } catch {
      guard !failedBefore else { return }
      failedBefore = true
      context.fail("the socket file \(path) was removed and cannot be recreated: \(error)")
    }
  }

  /// Reads one turn from a client; `false` when the connection ended.
  private func read(_ client: inout Client, context: SourceContext, buffer: UnsafeMutableRawBufferPointer) -> Bool {
    let n = recv(client.fd, buffer.baseAddress, buffer.count, 0)
    if n > 0 {
      var records: [Record] = []
      client.decoder.frame(
        UnsafeRawBufferPointer(rebasing: buffer[0..<n]), arrivalTime: SystemClock.nowMillis(), into: &records)
      context.countBytes(n)
      context.push(records, decoderName: client.decoder.sourceName, label: client.label)
      return true
    }
    if n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR) { return true }
    return false
  }

  /// Accepts every waiting connection; false when the process ran out of file descriptors for them.
  private func accept(into clients: inout [Client], next: inout Int, context: SourceContext) -> Bool {
    while true {
      let fd = Glibc.accept(listenFD, nil, nil)
      if fd < 0 { return errno != EMFILE && errno != ENFILE }
      _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
      _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
      guard clients.count < context.config.maxClients else {
        close(fd)
        context.rejectClient()
        continue
      }
      let decoder = StreamDecoder(sourceName: "\(context.name)#\(next)", options: context.config.decoderOptions)
      clients.append(Client(fd: fd, decoder: decoder, label: "\(context.name) client \(next)"))
      next += 1
    }
  }

  private func removeSocketFile() {
    var st = stat()
    if lstat(path, &st) == 0 && UInt(st.st_ino) == inode { unlink(path) }
  }

  private static func fill(_ address: inout sockaddr_un, path: String) -> Bool {
    address.sun_family = sa_family_t(AF_UNIX)
    let bytes = Array(path.utf8)
    let capacity = MemoryLayout.size(ofValue: address.sun_path)
    guard !bytes.isEmpty, bytes.count < capacity else { return false }
    withUnsafeMutableBytes(of: &address.sun_path) { raw in
      raw.copyBytes(from: bytes)
      raw[bytes.count] = 0
    }
    return true
  }

  /// True when something is listening at `path` (a live socket, not a stale one). The probe does not wait: a
  /// listener whose backlog is full (a stopped or stuck process) answers EAGAIN, and a blocking connect would
  /// have waited for it forever.
  static func acceptsConnections(_ path: String) -> Bool {
    var address = sockaddr_un()
    guard fill(&address, path: path) else { return false }
    let flags = Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue) | Int32(SOCK_NONBLOCK.rawValue)
    let fd = socket(AF_UNIX, flags, 0)
    guard fd >= 0 else { return false }
    defer { close(fd) }
    let result = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
      }
    }
    return result == 0 || errno == EAGAIN || errno == EINPROGRESS
  }
}

/// Serial numbers that tell apart the temporary names of several listeners started by one process.
private final class SerialNumbers: @unchecked Sendable {
  private let monitor = Monitor()
  private var last = 0

  func next() -> Int {
    monitor.withLock {
      last += 1
      return last
    }
  }
}

private let listenerSerials = SerialNumbers()

private func listenerSerial() -> Int { listenerSerials.next() }

/// A source that cannot start (e.g. a socket path that is taken): `IngestEngine.start()` throws it.
public struct IngestSetupError: Error, CustomStringConvertible, Sendable {
  public var message: String
  public init(message: String) { self.message = message }
  public var description: String { message }
}
