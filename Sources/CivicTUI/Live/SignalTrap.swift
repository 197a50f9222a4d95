import CivicCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Turns SIGINT, SIGTERM, SIGHUP and SIGQUIT into bytes on a wake pipe (`SignalBytes`: each writes its number),
/// so the UI thread ends curses itself and exits with the conventional status (128 + signal).
public enum SignalTrap {
  /// SIGQUIT (Ctrl-\) too: left to the Swift runtime, it printed a backtrace over the dashboard, which then ran on
  /// in a garbled screen.
  public static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]

  public static func install(writingTo pipe: WakePipe) {
    // Not restarted: a signal also ends the UI thread's `poll()` at once.
    SignalBytes.install(signals, writingTo: pipe.writeDescriptor, restartingCalls: false)
    // A terminal that went away must not kill the process with SIGPIPE before it can clean up.
    signal(SIGPIPE, SIG_IGN)
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
