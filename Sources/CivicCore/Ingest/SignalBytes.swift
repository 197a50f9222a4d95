#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Signals turned into bytes on a pipe, the one thing a handler can safely do: each signal handled here writes
/// its number (one byte) to the descriptor given, and a thread of the program reads it and acts (`watch
/// --headless`'s stop thread through `StopSignals`, the dashboard's UI thread through its wake pipe and
/// `SignalTrap`). One descriptor for the process: the headless runner and the dashboard never run together.
public enum SignalBytes {
  nonisolated(unsafe) private static var descriptor: Int32 = -1

  /// Has each of `numbers` write its number to `fd` from now on; returns the handling each had before, for
  /// `restore`. `restartingCalls`: a system call the signal interrupts goes on (`SA_RESTART`) instead of failing
  /// with EINTR.
  @discardableResult
  public static func install(_ numbers: [Int32], writingTo fd: Int32, restartingCalls: Bool) -> [sigaction] {
    descriptor = fd
    return handle(numbers, flags: restartingCalls ? Int32(SA_RESTART) : 0) { number in SignalBytes.notify(number) }
  }

  /// Writes `number` as a handled signal does (async-signal-safe: one `write`); does nothing before `install` or
  /// after `restore`.
  public static func notify(_ number: Int32) {
    let fd = descriptor
    guard fd >= 0 else { return }
    var byte = UInt8(truncatingIfNeeded: number)
    _ = write(fd, &byte, 1)
  }

  /// Puts back the handling `numbers` had before `install` (`previous`, what it returned); nothing is written
  /// any more.
  public static func restore(_ numbers: [Int32], _ previous: [sigaction]) {
    for (number, old) in zip(numbers, previous) {
      var action = old
      sigaction(number, &action, nil)
    }
    descriptor = -1
  }

  /// Has `handler` run for each of `numbers` (no other signal blocked while it runs, `flags` as `sa_flags`);
  /// returns the handling each had before, in the same order.
  public static func handle(
    _ numbers: [Int32], flags: Int32 = 0, with handler: @escaping @convention(c) (Int32) -> Void
  ) -> [sigaction] {
    numbers.map { number in
      var action = sigaction()
      #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = handler
      #endif
      sigemptyset(&action.sa_mask)
      action.sa_flags = flags
      var old = sigaction()
      sigaction(number, &action, &old)
      return old
    }
  }
}
