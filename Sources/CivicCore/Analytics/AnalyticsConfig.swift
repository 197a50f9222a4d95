/// Configuration of the analytics engine.
public struct AnalyticsConfig: Sendable, Hashable {
  public var spike = SpikeConfig()
  public var trends = TrendConfig()
  /// Alerts kept in `alertHistory` (active ones included).
  public var historyLimit = 500
  /// Days of hourly counts kept per service for the seasonal baseline (8 days covers the same weekday).
  public var hourlyHistoryDays = 8
  /// A post whose event time is further than this ahead of its arrival time, or of the last `advance(to:)`,
  /// is counted at that time instead (clamped).
  public var maxFutureSkewMillis: EpochMillis = 5 * 60_000
  /// Count a post for every service it was routed to (true) or only for its primary service.
  public var countSecondaryServices = true
  /// Count edits (`Post.isEdit`, e.g. Mastodon `status.update`) as posts; off by default, since the original
  /// was already counted.
  public var countEdits = false
  /// Keep the trending-hashtag counters. Alerts do not depend on them, so an alerts-only replay (`report`)
  /// turns them off to save the work.
  public var trackTrends = true

  public init() {}
}
