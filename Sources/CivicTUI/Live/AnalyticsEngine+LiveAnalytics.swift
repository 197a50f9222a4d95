import CivicCore

/// The analytics engine as the live model uses it: the Services pane shows the last hour, only services with
/// posts in it, alerting services first, then by complaints.
extension AnalyticsEngine: LiveAnalytics {
  public func refresh(now: EpochMillis) {
    // Alert events are reflected in `activeAlerts`; nothing else consumes them in the dashboard yet.
    _ = advance(to: now)
  }

  public func serviceRows(now: EpochMillis) -> [ServiceRow] {
    serviceRows(window: .oneHour, now: now)
      .filter { $0.posts > 0 }
      .sorted {
        ($0.alert?.rawValue ?? 0, $0.complaints, $0.posts, $1.id) > (
          $1.alert?.rawValue ?? 0, $1.complaints, $1.posts, $0.id
        )
      }
  }
}
