#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A self-pipe that wakes the UI thread from `poll()`: producers write a byte when something changed, signal
/// handlers write the signal number. Both ends are non-blocking, so a writer never waits.
public final class WakePipe: @unchecked Sendable {
  public let readDescriptor: Int32
  public let writeDescriptor: Int32

  /// Byte written by producers; signal numbers are written as themselves (1...64).
  public static let changed: UInt8 = 0xFF

  public init?() {
    var fds: [Int32] = [-1, -1]
    guard pipe(&fds) == 0 else { return nil }
    for fd in fds {
      _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
      _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
    }
    readDescriptor = fds[0]
    writeDescriptor = fds[1]
  }

  deinit {
    close(readDescriptor)
    close(writeDescriptor)
  }

  /// Wakes the reader (a full pipe means a wake is already pending, so losing the byte is fine).
  public func wake() {
    var byte = Self.changed
    _ = write(writeDescriptor, &byte, 1)
  }

  /// Reads every pending byte; returns the signal numbers among them.
  public func drain() -> [Int32] {
    var signals: [Int32] = []
    var buffer = [UInt8](repeating: 0, count: 256)
    while true {
      let n = read(readDescriptor, &buffer, buffer.count)
      if n <= 0 { break }
      for byte in buffer[0..<n] where byte != Self.changed { signals.append(Int32(byte)) }
    }
    return signals
  }
}
