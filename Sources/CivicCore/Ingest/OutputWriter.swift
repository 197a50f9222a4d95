#if canImport(Glibc)
  import Glibc
#endif

/// Buffered writes of lines to a file descriptor (stdout by default), without Foundation.
///
/// A write that fails is remembered, not retried: `failure` tells the command why its output did not arrive
/// (the reader went away, the disk is full), and later lines are dropped instead of failing again.
public final class OutputWriter: @unchecked Sendable {
  private let fd: Int32
  private var buffer: [UInt8] = []
  private let limit: Int
  private let monitor = Monitor()
  private var failedWith: Int32?

  /// With `bufferBytes` 0 each line is written out at once, whole, in one call (a pipe or a file that is read
  /// as it grows sees every line as soon as it is made, never half of one).
  public init(fd: Int32 = 1, bufferBytes: Int = 1 << 16) {
    self.fd = fd
    limit = bufferBytes
    buffer.reserveCapacity(bufferBytes + 4096)
  }

  deinit { flush() }

  /// The error number of the first write that failed (`EPIPE`: the reader went away; `ENOSPC`: the disk is
  /// full); `nil` while everything written so far went out.
  public var failure: Int32? { monitor.withLock { failedWith } }

  /// Appends `line` and a newline; writes out when the buffer is full. False once a write has failed.
  @discardableResult
  public func writeLine(_ line: String) -> Bool {
    monitor.withLock {
      buffer.append(contentsOf: line.utf8)
      buffer.append(0x0A)
      if buffer.count >= limit { writeOut() }
      return failedWith == nil
    }
  }

  /// Writes out what is buffered. False once a write has failed.
  @discardableResult
  public func flush() -> Bool {
    monitor.withLock {
      writeOut()
      return failedWith == nil
    }
  }

  private func writeOut() {
    defer { buffer.removeAll(keepingCapacity: true) }
    guard failedWith == nil else { return }
    var offset = 0
    while offset < buffer.count {
      let n = buffer.withUnsafeBytes { write(fd, $0.baseAddress! + offset, $0.count - offset) }
      if n < 0 && errno == EINTR { continue }
      if n <= 0 {
        failedWith = n < 0 ? errno : EIO
        return
      }
      offset += n
    }
  }
}
