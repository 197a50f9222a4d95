import Dispatch

#if canImport(Glibc)
  import Glibc
#endif

/// `watch --headless`: the live engine with no UI. Prints the report JSON as one line every `statsEvery` seconds
/// and once more on exit (SIGINT, SIGTERM or SIGHUP, or when every source has ended, e.g. stdin closed).
public final class HeadlessRunner: @unchecked Sendable {
  public let engine: IngestEngine
  public let builder: ReportBuilder
  private let statsEvery: Double
  private let output: @Sendable (String) -> Void
  private let monitor = Monitor()
  private var interrupted = false
  private var ended = false

  /// - Parameters:
  ///   - enrich: routing and complaint scoring, run on the decode threads.
  ///   - sink: an extra consumer of delivered posts (e.g. the analytics engine), called after the report's.
  ///   - output: receives each report line (default: stdout, flushed).
  public init(
    config: IngestConfig, statsEvery: Double = 10, enrich: PostEnricher? = nil,
    builder: ReportBuilder = ReportBuilder(), sink: (@Sendable ([Post]) -> Void)? = nil,
    output: @escaping @Sendable (String) -> Void = HeadlessRunner.printLine
  ) {
    self.builder = builder
    self.statsEvery = max(0.05, statsEvery)
    self.output = output
    engine = IngestEngine(config: config, enrich: enrich) { posts in
      builder.add(posts)
      sink?(posts)
    }
  }

  /// Writes `line` and a newline to stdout at once (unbuffered, so pipes see each line as it is made).
  public static func printLine(_ line: String) {
    var bytes = Array(line.utf8)
    bytes.append(0x0A)
    var offset = 0
    while offset < bytes.count {
      let n = bytes.withUnsafeBytes { write(1, $0.baseAddress! + offset, bytes.count - offset) }
      if n < 0 && errno == EINTR { continue }
      if n <= 0 { return }
      offset += n
    }
  }

  /// The current report line.
  public func reportLine() -> String {
    builder.report(stats: engine.stats(), errors: engine.recentErrors()).json()
  }

  /// Runs until interrupted or until every source ended; throws `IngestSetupError` when a source cannot start.
  public func run() throws {
    try engine.start()
    // SIGHUP too: a service whose terminal or SSH session goes away ends with its final report, not silently.
    let numbers = [SIGINT, SIGTERM, SIGHUP]
    let signals = numbers.map { number -> DispatchSourceSignal in
      signal(number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
      source.setEventHandler { [self] in wake { interrupted = true } }
      source.resume()
      return source
    }
    defer {
      for (number, source) in zip(numbers, signals) {
        source.cancel()
        signal(number, SIG_DFL)
      }
    }
    let engine = self.engine
    BackgroundThread.start { [self] in
      engine.waitUntilFinished()
      wake { ended = true }
    }
    var next = SystemClock.monotonic() + statsEvery
    while true {
      let stop: Bool = monitor.withLock {
        while !interrupted && !ended {
          let left = next - SystemClock.monotonic()
          if left <= 0 { break }
          monitor.wait(seconds: left)
        }
        return interrupted || ended
      }
      if stop { break }
      output(reportLine())
      next += statsEvery
      if next < SystemClock.monotonic() { next = SystemClock.monotonic() + statsEvery }
    }
    engine.stop()
    engine.waitUntilFinished(timeout: 10)
    output(reportLine())
  }

  private func wake(_ change: () -> Void) {
    monitor.withLock(change)
    monitor.broadcast()
  }
}
