import CivicCore

/// Everything one frame shows, copied out of the live model under its lock so drawing needs no lock.
public struct DashboardView: Sendable {
  public var now: EpochMillis
  public var sources: [SourceStatus]
  /// Posts that arrived in the last `rateSeconds` seconds (60 once the dashboard has run a minute).
  public var postsPerMinute: Double
  /// Seconds the arrival count covers: under 60 during the first minute, when the header says "N posts in Ns"
  /// instead of a per-minute rate that would climb while the minute fills.
  public var rateSeconds = 60
  /// Posts ingested since start (including those that dropped out of the kept list).
  public var totalPosts: Int
  public var complaints: Int
  public var malformed: Int
  /// Posts currently kept for the Posts pane.
  public var keptPosts: Int
  /// Sequence number of the newest post (posts are numbered 1, 2, 3... as they arrive).
  public var newestSequence: Int
  /// Rows the Posts pane can scroll through (kept posts up to the pause point).
  public var postRowCount: Int
  /// The Posts pane's visible rows, newest first, starting at its scroll position.
  public var posts: [Post]
  public var services: [ServiceRow]
  public var trending: [TrendingTag]
  public var activeAlerts: [Alert]
  /// A stable index per service id, so each service keeps its accent colour.
  public var serviceOrder: [String: Int]
  /// Triage state of the visible posts that have marks (committed marks only), by post id.
  public var triage: [String: TriageState] = [:]
  /// The active `/` search: its hits are highlighted in the Posts rows.
  public var search: PostSearch?
  /// Shown first in the Posts pane title (the active filter).
  public var postsTitle: String?
  /// A message the status bar shows instead of its key hints.
  public var statusMessage: StatusMessage?
  /// Alerts of this run (active and ended), newest first, for the alert list.
  public var alertHistory: [Alert] = []
  /// Every service's name by id (the Services rows hold only services with posts in their window).
  public var serviceNames: [String: String] = [:]
  /// Alerts started since the dashboard started and still active when first seen (the bell rings when it grows).
  public var alertsStarted = 0
  /// The Services pane's window and row order.
  public var servicesWindow: AnalyticsWindow = .oneHour
  public var servicesSort: ServiceSort = .alertState
  /// True when the Services and Trending panes count only the posts the Posts filter accepts (their titles say
  /// so); false when they count every post.
  public var countsFiltered = false
  /// Whether the user asked the counts to follow the filter (`=`), shown in the help overlay.
  public var countsFollowFilter = false
  /// Complaints in the last hour, each post once (a post routed to two services is one complaint, one routed to
  /// none still counts), of the posts the Services pane counts; nil when unknown (the wall then adds up the
  /// Services rows).
  public var complaintsLastHour: Int?
  /// Runs of the `--on-alert` command that failed (shown in the status bar when not 0).
  public var alertCommandFailures = 0
  /// Set when the frame shows a `--replay` run: `now` is then the replay's time once it plays.
  public var replay: ReplayMarker?

  public init(
    now: EpochMillis, sources: [SourceStatus] = [], postsPerMinute: Double = 0, totalPosts: Int = 0,
    complaints: Int = 0, malformed: Int = 0, keptPosts: Int = 0, newestSequence: Int = 0, postRowCount: Int = 0,
    posts: [Post] = [], services: [ServiceRow] = [], trending: [TrendingTag] = [], activeAlerts: [Alert] = [],
    serviceOrder: [String: Int] = [:]
  ) {
    self.now = now
    self.sources = sources
    self.postsPerMinute = postsPerMinute
    self.totalPosts = totalPosts
    self.complaints = complaints
    self.malformed = malformed
    self.keptPosts = keptPosts
    self.newestSequence = newestSequence
    self.postRowCount = postRowCount
    self.posts = posts
    self.services = services
    self.trending = trending
    self.activeAlerts = activeAlerts
    self.serviceOrder = serviceOrder
  }

  /// The metrics the interaction state needs, for a layout.
  public func metrics(for layout: DashboardLayout) -> DashboardState.Metrics {
    DashboardState.Metrics(
      rowCounts: [.posts: postRowCount, .services: services.count, .trending: trending.count],
      visibleRows: layout.visibleRowsByPane, newestSequence: newestSequence)
  }
}
