import CivicCore

/// The analytics engine as the live model uses it: the Services pane shows the last hour, only services with
/// posts in it, alerting services first, then by complaints.
extension AnalyticsEngine: LiveAnalytics {
  public func refresh(now: EpochMillis) {
    // The live model calls `advance(to:)` itself and hands the events to the alert outputs.
    _ = advance(to: now)
  }

  public func emptyCopy() -> (any LiveAnalytics)? {
    AnalyticsEngine(services: services, config: config)
  }

  public var clockTime: EpochMillis? { lastAdvance }

  public func complaintsLastHour(now: EpochMillis) -> Int? {
    volume(window: .oneHour, now: now).complaints
  }

  public func serviceRows(now: EpochMillis) -> [ServiceRow] {
    ServiceSort.alertState.sorted(serviceRows(window: .oneHour, now: now).filter { $0.posts > 0 })
  }
}
