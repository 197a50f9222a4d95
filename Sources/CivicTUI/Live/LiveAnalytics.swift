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
  /// Moves the clock and returns the alerts that started, were updated or ended.
  func advance(to now: EpochMillis) -> [AlertEvent]
  /// One row per service in the service list for a window (unfiltered, unsorted).
  func serviceRows(window: AnalyticsWindow, now: EpochMillis) -> [ServiceRow]
  /// Alerts of this run, newest first.
  var alertHistory: [Alert] { get }
  /// Replaces the service list (taxonomy reload).
  func setServices(_ services: [ServiceInfo])
  /// The service list: every service's id and name, whether or not it has posts.
  var services: [ServiceInfo] { get }
  /// A new, empty engine with the same services and settings (for counts that follow the Posts filter); nil when
  /// the engine cannot make one (the counts then stay global).
  func emptyCopy() -> (any LiveAnalytics)?
  /// Complaints in the last hour over all posts, each post once however many services it was routed to (and
  /// posts routed to none included); nil when the engine cannot say (the wall then adds up the Services rows).
  func complaintsLastHour(now: EpochMillis) -> Int?
  /// The latest time the engine's clock was moved to (`advance(to:)`), or nil when the engine cannot say: a wall
  /// clock set back past it is how the live model sees the system clock step back.
  var clockTime: EpochMillis? { get }
  /// Starts counting anew after the system clock was set back; returns the `ended` events of the active alerts.
  func restartClock() -> [AlertEvent]
}

extension LiveAnalytics {
  public func advance(to now: EpochMillis) -> [AlertEvent] {
    refresh(now: now)
    return []
  }

  public func serviceRows(window: AnalyticsWindow, now: EpochMillis) -> [ServiceRow] { serviceRows(now: now) }

  public var alertHistory: [Alert] { activeAlerts }

  public func setServices(_ services: [ServiceInfo]) {}

  public func emptyCopy() -> (any LiveAnalytics)? { nil }

  public func complaintsLastHour(now: EpochMillis) -> Int? { nil }

  public var clockTime: EpochMillis? { nil }

  public func restartClock() -> [AlertEvent] { [] }
}
