import CivicCore

/// What the live model needs from an analytics engine. `AnalyticsEngine` (CivicCore) conforms; tests may use
/// their own. Called only under the live model's lock, so implementations need no locking.
public protocol LiveAnalytics: AnyObject {
  func ingest(_ post: Post)
  /// Moves the engine's clock (closes minutes, updates alerts).
  func refresh(now: EpochMillis)
  /// One row per service with posts in the last hour, most complaints first.
  func serviceRows(now: EpochMillis) -> [ServiceRow]
  func trending(now: EpochMillis, limit: Int) -> [TrendingTag]
  var activeAlerts: [Alert] { get }
}
