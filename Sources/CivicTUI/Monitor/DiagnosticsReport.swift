import CivicCore

/// What the diagnostics view (`d`) shows: the newest records that could not be decoded and per-source counts.
public struct DiagnosticsReport: Sendable, Hashable {
  /// Kept by the ingest engine (the last 100), oldest first.
  public var errors: [IngestError]
  public var sources: [SourceCounts]

  public init(errors: [IngestError] = [], sources: [SourceCounts] = []) {
    self.errors = errors
    self.sources = sources
  }
}
