import CivicCore

/// What the diagnostics view (`d`) shows: the newest records that could not be decoded, per-source counts and the
/// `--on-alert` command's runs.
public struct DiagnosticsReport: Sendable, Hashable {
  /// Kept by the ingest engine (the last 100), oldest first.
  public var errors: [IngestError]
  public var sources: [SourceCounts]
  /// The `--on-alert` command's counts and last failure; nil without `--on-alert`.
  public var alertCommand: AlertCommandStatus?
  /// Each source's state (waiting, following, ended...) and its detail, in the order of `sources`; empty when
  /// not known. The header leaves states out when the line is full (80 columns, several sources).
  public var statuses: [SourceStatus] = []
  /// Socket connections closed unread because the most clients were already connected (their posts are lost).
  public var rejectedClients = 0

  public init(errors: [IngestError] = [], sources: [SourceCounts] = [], alertCommand: AlertCommandStatus? = nil) {
    self.errors = errors
    self.sources = sources
    self.alertCommand = alertCommand
  }
}
