#if canImport(Glibc)
  import Glibc
#endif

/// SIGINT, SIGTERM and SIGHUP for `watch --headless`, turned into bytes on a pipe that a thread of its own reads.
///
/// The pipe is made before any source opens, so a signal is noticed however many descriptors the sources hold
/// later. A dispatch signal source made its descriptor (a signalfd) only when the dispatch manager got round to
/// it: when socket clients had taken every descriptor by then (a burst of connections under a low `ulimit -n`)
/// it got none, and SIGTERM was lost for good. The handler does nothing but `write` one byte (`SignalBytes`).
final class StopSignals: @unchecked Sendable {
  static let numbers = [SIGINT, SIGTERM, SIGHUP]
  private var previous: [sigaction] = []
  private let ends: (read: Int32, write: Int32)

  /// Installs the handlers; `onSignal` runs on the reading thread once per signal. `nil` when no pipe can be made
  /// (no descriptor left at start).
  init?(onSignal: @escaping @Sendable () -> Void) {
    var fds: [Int32] = [-1, -1]
    guard pipe(&fds) == 0 else { return nil }
    for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
    ends = (fds[0], fds[1])
    // A signal's number is never 0, the byte that ends the reading thread.
    previous = SignalBytes.install(Self.numbers, writingTo: ends.write, restartingCalls: true)
    let readEnd = ends.read
    BackgroundThread.start {
      var byte: UInt8 = 0
      while true {
        let n = read(readEnd, &byte, 1)
        if n < 0 && errno == EINTR { continue }
        if n <= 0 || byte == 0 { break }
        onSignal()
      }
      close(readEnd)
    }
  }

  /// Puts the signals' previous handling back and ends the reading thread.
  func remove() {
    SignalBytes.restore(Self.numbers, previous)
    var stop: UInt8 = 0
    _ = write(ends.write, &stop, 1)
    close(ends.write)
  }
}
