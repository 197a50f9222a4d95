import CivicCore

@testable import CivicTUI

/// An analytics engine whose rows, alerts and alert events the test sets directly.
final class StubAnalytics: LiveAnalytics {
  var rows: [AnalyticsWindow: [ServiceRow]] = [:]
  var history: [Alert] = []
  /// Returned (once) by the next `advance(to:)`.
  var pending: [AlertEvent] = []
  private(set) var services: [ServiceInfo] = []

  func ingest(_ post: Post) {}
  func refresh(now: EpochMillis) {}
  func serviceRows(now: EpochMillis) -> [ServiceRow] { rows[.oneHour] ?? [] }
  func serviceRows(window: AnalyticsWindow, now: EpochMillis) -> [ServiceRow] { rows[window] ?? [] }
  func trending(now: EpochMillis, limit: Int) -> [TrendingTag] { [] }
  var activeAlerts: [Alert] { history.filter(\.isActive) }
  var alertHistory: [Alert] { history }
  func setServices(_ services: [ServiceInfo]) { self.services = services }

  func advance(to now: EpochMillis) -> [AlertEvent] {
    defer { pending = [] }
    return pending
  }
}
