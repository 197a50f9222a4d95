import CivicCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Last-resort terminal repair for fatal signals (a crash), where curses cannot be called: puts back the
/// terminal modes saved before curses started and sends the plain sequences that leave the alternate screen,
/// show the cursor and reset colours. Only async-signal-safe calls.
public enum TerminalRestore {
  nonisolated(unsafe) private static var saved = termios()
  nonisolated(unsafe) private static var haveSaved = false
  /// The terminal whose modes were saved: stdin, or `/dev/tty` when stdin carries posts (`watch -`).
  nonisolated(unsafe) private static var terminal: Int32 = 0

  /// Remembers the terminal's modes (call before curses starts): stdin's, or when stdin is no terminal (posts piped
  /// in), those of the controlling terminal the keys are read from.
  public static func saveModes() {
    terminal = isatty(0) != 0 ? 0 : open("/dev/tty", O_RDWR | O_NOCTTY)
    haveSaved = terminal >= 0 && tcgetattr(terminal, &saved) == 0
  }

  /// Restores the saved modes and resets the screen state. Safe inside a signal handler.
  public static func restoreNow() {
    if haveSaved { _ = tcsetattr(terminal, TCSANOW, &saved) }
    let reset: StaticString = "\u{1B}[0m\u{1B}[?25h\u{1B}[?1049l\r\n"
    _ = write(1, reset.utf8Start, reset.utf8CodeUnitCount)
  }

  /// Restores the terminal when the process is about to die from a crash signal, then hands the signal to the
  /// handler that was there before (the Swift runtime's backtracer) or the default action. A crash signal sent
  /// from outside (`kill -SEGV`) does not end the process once the backtracer has printed its report: the UI
  /// thread is told too (`SignalBytes.notify`, as `SignalTrap` tells it), so it quits instead of drawing on a
  /// terminal already restored.
  public static func installCrashHandlers() {
    let old = SignalBytes.handle(crashSignals) { number in
      TerminalRestore.restoreNow()
      if number >= 0, number < 65 {
        var previous = TerminalRestore.previous[Int(number)]
        sigaction(number, &previous, nil)
      }
      raise(number)
      SignalBytes.notify(number)
    }
    for (signal, action) in zip(crashSignals, old) { previous[Int(signal)] = action }
  }

  private static let crashSignals = [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP]
  nonisolated(unsafe) private static var previous: [sigaction] = Array(repeating: sigaction(), count: 65)
}
