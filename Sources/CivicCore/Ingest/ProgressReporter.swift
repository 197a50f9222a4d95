#if canImport(Glibc)
  import Glibc
#endif

/// Shows "read 12.3 MB, 45,000 posts" on stderr while a long read runs, only when stderr is a terminal.
public final class ProgressReporter: @unchecked Sendable {
  private let monitor = Monitor()
  private var done = false
  private var shown = false

  /// Starts reporting on `engine` after `delay` seconds, every `interval` seconds; `nil` when stderr is not a
  /// terminal.
  public static func startIfTerminal(_ engine: IngestEngine, delay: Double = 1, interval: Double = 0.5)
    -> ProgressReporter?
  {
    guard isatty(2) == 1 else { return nil }
    let reporter = ProgressReporter()
    BackgroundThread.start { reporter.loop(engine, delay: delay, interval: interval) }
    return reporter
  }

  /// Stops and clears the progress line.
  public func stop() {
    let wasShown: Bool = monitor.withLock {
      done = true
      return shown
    }
    monitor.broadcast()
    if wasShown { Self.write("\r\u{1B}[K") }
  }

  private func loop(_ engine: IngestEngine, delay: Double, interval: Double) {
    var wait = delay
    while true {
      let finished: Bool = monitor.withLock {
        if !done { monitor.wait(seconds: wait) }
        return done
      }
      if finished { return }
      wait = interval
      let stats = engine.stats()
      let line =
        "\rread \(Self.megabytes(stats.bytes)) MB, \(Plural.count(stats.posts, "post", number: Self.grouped))"
        + ", \(Self.grouped(stats.malformed)) malformed\u{1B}[K"
      monitor.withLock {
        if !done {
          shown = true
          Self.write(line)
        }
      }
    }
  }

  static func megabytes(_ bytes: Int) -> String {
    let tenths = bytes * 10 / 1_000_000
    return "\(tenths / 10).\(tenths % 10)"
  }

  static func grouped(_ n: Int) -> String {
    var digits = Array(String(n))
    var i = digits.count - 3
    while i > 0 {
      digits.insert(",", at: i)
      i -= 3
    }
    return String(digits)
  }

  private static func write(_ text: String) {
    let bytes = Array(text.utf8)
    _ = bytes.withUnsafeBytes { Glibc.write(2, $0.baseAddress, $0.count) }
  }
}
