/// One input: runs on its own thread until its input ends or the engine stops.
protocol IngestSource: AnyObject, Sendable {
  /// Runs before any thread starts; a thrown error stops `IngestEngine.start()` (e.g. a socket path refused).
  func prepare() throws
  func run(_ context: SourceContext)
}

extension IngestSource {
  func prepare() throws {}
}
