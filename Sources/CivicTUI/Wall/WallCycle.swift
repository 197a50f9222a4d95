import CivicCore

/// The wall display's slow automatic cycle over active alerts: each alert is highlighted for `periodMillis` in
/// turn, in a stable order (oldest alert first). A pure function of the clock, so nothing accumulates however
/// long the display runs.
public struct WallCycle: Sendable, Hashable {
  public var periodMillis: EpochMillis

  public init(periodMillis: EpochMillis = 8000) {
    self.periodMillis = max(1000, periodMillis)
  }

  /// Active alerts in cycle order: oldest first, then by service id.
  public func order(_ alerts: [Alert]) -> [Alert] {
    alerts.filter(\.isActive).sorted { ($0.start, $0.id, $0.service) < ($1.start, $1.id, $1.service) }
  }

  /// The alert highlighted at `now` and its position (0-based) among `count`; `nil` when none is active.
  public func highlighted(_ alerts: [Alert], now: EpochMillis) -> (alert: Alert, index: Int, count: Int)? {
    let ordered = order(alerts)
    guard !ordered.isEmpty else { return nil }
    let step = Int((max(0, now) / periodMillis) % EpochMillis(ordered.count))
    return (ordered[step], step, ordered.count)
  }
}
