/// What the dashboard shows, computed by the analytics engine and rendered by the TUI.
///
/// Plain values only, so the UI thread can hold a snapshot while the engine goes on.
public struct DashboardSnapshot: Sendable {
  public var now: EpochMillis
  /// Posts ingested (not counting duplicates or malformed records).
  public var posts: Int
  public var complaints: Int
  public var malformed: Int
  public var duplicates: Int
  /// Posts per minute over the last minute of arrival time.
  public var postsPerMinute: Double
  public var sources: [SourceStatus]
  public var services: [ServiceRow]
  public var trending: [TrendingTag]
  /// Alerts currently active, newest first.
  public var activeAlerts: [Alert]
  /// All alerts of this run (bounded), newest first.
  public var alertHistory: [Alert]

  public init(
    now: EpochMillis, posts: Int = 0, complaints: Int = 0, malformed: Int = 0, duplicates: Int = 0,
    postsPerMinute: Double = 0, sources: [SourceStatus] = [], services: [ServiceRow] = [],
    trending: [TrendingTag] = [], activeAlerts: [Alert] = [], alertHistory: [Alert] = []
  ) {
    self.now = now
    self.posts = posts
    self.complaints = complaints
    self.malformed = malformed
    self.duplicates = duplicates
    self.postsPerMinute = postsPerMinute
    self.sources = sources
    self.services = services
    self.trending = trending
    self.activeAlerts = activeAlerts
    self.alertHistory = alertHistory
  }
}

/// State of one input source for the header line and diagnostics.
public struct SourceStatus: Sendable, Hashable {
  public enum State: String, Sendable, Hashable {
    case waiting, reading, following, ended, failed, listening
  }
  public var name: String
  public var state: State
  public var posts: Int
  public var malformed: Int
  public var detail: String?

  public init(name: String, state: State, posts: Int = 0, malformed: Int = 0, detail: String? = nil) {
    self.name = name
    self.state = state
    self.posts = posts
    self.malformed = malformed
    self.detail = detail
  }
}

/// One public service's row in the Services pane.
public struct ServiceRow: Sendable, Hashable {
  public var id: String
  public var name: String
  /// Complaints in the selected window.
  public var complaints: Int
  /// All posts about the service in the selected window.
  public var posts: Int
  /// Complaints per minute for the sparkline, oldest first (60 values for the last hour).
  public var sparkline: [Int]
  /// The active alert's severity, if the service is alerting.
  public var alert: AlertSeverity?

  public init(
    id: String, name: String, complaints: Int, posts: Int, sparkline: [Int], alert: AlertSeverity? = nil
  ) {
    self.id = id
    self.name = name
    self.complaints = complaints
    self.posts = posts
    self.sparkline = sparkline
    self.alert = alert
  }

  /// Complaints / posts, 0 when there are no posts.
  public var share: Double { posts == 0 ? 0 : Double(complaints) / Double(posts) }
}

/// Direction of a hashtag's rate compared with its own baseline.
public enum TrendDirection: String, Sendable, Hashable {
  case rising, steady, falling
}

/// One row of the Trending pane.
public struct TrendingTag: Sendable, Hashable {
  public var tag: String
  /// Uses in the current window.
  public var count: Int
  /// Rise relative to the tag's own baseline (higher = rising faster).
  public var score: Double
  public var direction: TrendDirection

  public init(tag: String, count: Int, score: Double, direction: TrendDirection) {
    self.tag = tag
    self.count = count
    self.score = score
    self.direction = direction
  }
}

public enum AlertSeverity: Int, Sendable, Hashable, Comparable, Codable {
  case low = 1, medium = 2, high = 3
  public static func < (a: AlertSeverity, b: AlertSeverity) -> Bool { a.rawValue < b.rawValue }
}

/// A complaint spike for one service: one alert per episode, updated while it lasts.
public struct Alert: Sendable, Hashable, Codable {
  public var id: Int
  public var service: String
  public var serviceName: String
  public var start: EpochMillis
  /// `nil` while the alert is active.
  public var end: EpochMillis?
  /// Complaints observed in the alert window (the largest seen during the episode).
  public var complaints: Int
  /// Complaints expected from the service's baseline.
  public var expected: Double
  public var severity: AlertSeverity

  public init(
    id: Int, service: String, serviceName: String, start: EpochMillis, end: EpochMillis? = nil,
    complaints: Int, expected: Double, severity: AlertSeverity
  ) {
    self.id = id
    self.service = service
    self.serviceName = serviceName
    self.start = start
    self.end = end
    self.complaints = complaints
    self.expected = expected
    self.severity = severity
  }

  public var isActive: Bool { end == nil }
}
