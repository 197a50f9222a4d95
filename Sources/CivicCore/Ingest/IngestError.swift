/// One record that could not be decoded (or a source that failed), kept for diagnostics.
public struct IngestError: Sendable, Hashable {
  /// The source's display name, plus the client number for socket connections ("socket:/run/cp.sock #3").
  public var source: String
  /// 1-based line where the record starts; 0 when the error concerns the whole source.
  public var line: Int
  public var reason: String
  /// When the error was recorded (wall clock).
  public var time: EpochMillis

  public init(source: String, line: Int, reason: String, time: EpochMillis) {
    self.source = source
    self.line = line
    self.reason = reason
    self.time = time
  }
}
