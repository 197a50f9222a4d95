#if canImport(Glibc)
  import Glibc
#endif

/// Buffered writes of lines to a file descriptor (stdout by default), without Foundation.
public final class OutputWriter: @unchecked Sendable {
  private let fd: Int32
  private var buffer: [UInt8] = []
  private let limit: Int
  private let monitor = Monitor()

  public init(fd: Int32 = 1, bufferBytes: Int = 1 << 16) {
    self.fd = fd
    limit = bufferBytes
    buffer.reserveCapacity(bufferBytes + 4096)
  }

  deinit { flush() }

  /// Appends `line` and a newline; writes out when the buffer is full.
  public func writeLine(_ line: String) {
    monitor.withLock {
      buffer.append(contentsOf: line.utf8)
      buffer.append(0x0A)
      if buffer.count >= limit { writeOut() }
    }
  }

  public func flush() { monitor.withLock { writeOut() } }

  private func writeOut() {
    var offset = 0
    while offset < buffer.count {
      let n = buffer.withUnsafeBytes { write(fd, $0.baseAddress! + offset, $0.count - offset) }
      if n < 0 && errno == EINTR { continue }
      if n <= 0 { break }
      offset += n
    }
    buffer.removeAll(keepingCapacity: true)
  }
}
