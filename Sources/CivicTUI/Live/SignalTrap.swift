#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Turns SIGINT, SIGTERM, SIGHUP and SIGQUIT into bytes on a wake pipe, so the UI thread ends curses itself and
/// exits with the conventional status (128 + signal). The handler does nothing but `write`.
public enum SignalTrap {
  nonisolated(unsafe) private static var descriptor: Int32 = -1

  /// SIGQUIT (Ctrl-\) too: left to the Swift runtime, it printed a backtrace over the dashboard, which then ran on
  /// in a garbled screen.
  public static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]

  public static func install(writingTo pipe: WakePipe) {
    descriptor = pipe.writeDescriptor
    for number in signals {
      var action = sigaction()
      #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = { number in SignalTrap.notify(number) }
      #endif
      sigemptyset(&action.sa_mask)
      action.sa_flags = 0
      sigaction(number, &action, nil)
    }
    // A terminal that went away must not kill the process with SIGPIPE before it can clean up.
    signal(SIGPIPE, SIG_IGN)
  }

  /// Hands `number` to the UI thread, which then quits with its status. Async-signal-safe (one `write`); does
  /// nothing before `install`.
  public static func notify(_ number: Int32) {
    guard descriptor >= 0 else { return }
    var byte = UInt8(truncatingIfNeeded: number)
    _ = write(descriptor, &byte, 1)
  }

  /// Blocks (or unblocks) SIGWINCH on the calling thread. Block it before starting producer threads (they inherit
  /// the mask) and unblock it on the UI thread afterwards: the terminal's resize signal then always lands on the
  /// UI thread and interrupts its `poll()`, so a resize is drawn at once.
  public static func setResizeSignalBlocked(_ blocked: Bool) {
    var set = sigset_t()
    sigemptyset(&set)
    sigaddset(&set, SIGWINCH)
    pthread_sigmask(blocked ? SIG_BLOCK : SIG_UNBLOCK, &set, nil)
  }

  /// The exit status a process killed by `signal` conventionally reports.
  public static func exitStatus(for signal: Int32) -> Int32 { 128 + signal }
}
