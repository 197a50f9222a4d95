#if canImport(Glibc)
  import Glibc
#endif

/// `watch --headless`: the live engine with no UI. Prints the report JSON as one line every `statsEvery` seconds
/// and once more on exit (SIGINT, SIGTERM or SIGHUP, or when every source has ended, e.g. stdin closed).
/// A report line that cannot be written (the reader of a pipe went away, the disk is full) ends the run as a
/// signal does, sources closed and the socket file removed; `output.failure` then says why.
public final class HeadlessRunner: @unchecked Sendable {
  public let engine: IngestEngine
  public let builder: ReportBuilder
  private let statsEvery: Double
  /// Where the report lines go; its `failure` is set when one could not be written.
  public let output: OutputWriter
  private let monitor = Monitor()
  private var interrupted = false
  private var ended = false

  /// - Parameters:
  ///   - enrich: routing and complaint scoring, run on the decode threads.
  ///   - sink: an extra consumer of delivered posts (e.g. the analytics engine), called after the report's.
  ///   - output: receives each report line (default: stdout, each line written at once).
  public init(
    config: IngestConfig, statsEvery: Double = 10, enrich: PostEnricher? = nil,
    builder: ReportBuilder = ReportBuilder(), sink: (@Sendable ([Post]) -> Void)? = nil,
    output: OutputWriter = OutputWriter(bufferBytes: 0)
  ) {
    self.builder = builder
    self.statsEvery = max(0.05, statsEvery)
    self.output = output
    engine = IngestEngine(config: config, enrich: enrich) { posts in
      builder.add(posts)
      sink?(posts)
    }
  }

  /// The current report line.
  public func reportLine() -> String {
    builder.report(stats: engine.stats(), errors: engine.recentErrors()).json()
  }

  /// Runs until interrupted or until every source ended; throws `IngestSetupError` when a source cannot start.
  public func run() throws {
    // SIGHUP too: a service whose terminal or SSH session goes away ends with its final report, not silently.
    // Caught before the sources open (they may take every descriptor there is).
    guard let signals = StopSignals(onSignal: { [self] in wake { interrupted = true } }) else {
      throw IngestSetupError(message: "cannot catch signals: \(errorText(errno))")
    }
    defer { signals.remove() }
    // A closed pipe is a failed write (EPIPE), not the end of the process: the socket file is still removed.
    let pipeAction = signal(SIGPIPE, SIG_IGN)
    defer { signal(SIGPIPE, pipeAction) }
    try engine.start()
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
      if !output.writeLine(reportLine()) { break }
      next += statsEvery
      if next < SystemClock.monotonic() { next = SystemClock.monotonic() + statsEvery }
    }
    engine.stop()
    engine.waitUntilFinished(timeout: 10)
    if output.failure == nil { output.writeLine(reportLine()) }
  }

  private func wake(_ change: () -> Void) {
    monitor.withLock(change)
    monitor.broadcast()
  }
}
