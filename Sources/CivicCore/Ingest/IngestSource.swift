/// One input: runs on its own thread until its input ends or the engine stops.
protocol IngestSource: AnyObject, Sendable {
  /// Runs before any thread starts; a thrown error stops `IngestEngine.start()` (e.g. a socket path refused).
  func prepare() throws
  func run(_ context: SourceContext)
  /// Undoes `prepare` when the engine does not start after all (another source failed to prepare).
  func release()
}

extension IngestSource {
  func prepare() throws {}
  func release() {}
}
