import CivicCore
import Foundation

/// The meeting point of the producer threads (demo feed, ingest engine) and the UI thread. Producers add posts;
/// the UI copies out a `DashboardView` per frame. Everything is behind one lock; a change wakes the UI once
/// (until it has looked), so a fast feed cannot flood the wake pipe.
public final class LiveModel: @unchecked Sendable {
  private let lock = NSLock()
  private var ring: PostRing
  private var complaints = 0
  private var malformed = 0
  private var sources: [SourceStatus] = []
  private let analytics: any LiveAnalytics
  private var serviceOrder: [String: Int]
  /// Every service's name by id, from the analytics' service list (kept with it, not rebuilt per frame).
  private var serviceNames: [String: String]
  private var alertsStarted = 0
  private var alertSink: (@Sendable ([AlertEvent]) -> Void)?
  private var notice: String?
  private var changed = false
  private var perSecond = [Int](repeating: 0, count: 60)
  /// Posts added (edits of earlier posts are not counted again).
  private var postCount = 0
  private var perSecondStamp = [Int64](repeating: -1, count: 60)
  /// The second the first live post arrived (backfilled history does not count): the rate covers less than a
  /// minute until a minute has passed since.
  private var countingSince: Int64?
  private let onChange: @Sendable () -> Void
  private var provider: (@Sendable () -> (sources: [SourceStatus], malformed: Int))?
  private var followsEventTime = false
  /// Alert events of the advances `add` made (see `replaying`), handed out with the next frame's.
  private var pendingEvents: [AlertEvent] = []
  /// Set when the counts restarted because the system clock stepped back: what the status bar says, and until when.
  private var clockNotice: (text: String, until: EpochMillis)?

  /// - Parameters:
  ///   - keep: how many of the newest posts the Posts pane keeps.
  ///   - serviceOrder: service ids in display order (gives each its accent colour).
  ///   - onChange: called (on the producer's thread) when the model goes from unchanged to changed.
  public init(
    keep: Int, analytics: any LiveAnalytics, serviceOrder: [String] = [],
    onChange: @escaping @Sendable () -> Void = {}
  ) {
    ring = PostRing(capacity: keep)
    self.analytics = analytics
    var order: [String: Int] = [:]
    for (i, id) in serviceOrder.enumerated() { order[id] = i }
    self.serviceOrder = order
    self.serviceNames = Self.names(of: analytics.services)
    self.onChange = onChange
  }

  /// Adds posts in arrival order. `now` is the wall-clock time of arrival.
  public func add(_ posts: [Post], now: EpochMillis = LiveModel.wallClock()) {
    guard !posts.isEmpty else { return }
    lock.lock()
    if !followsEventTime { restartIfClockSteppedBack(now: now, wall: now) }
    let second = now / 1000
    let slot = Int(second % 60)
    if perSecondStamp[slot] != second {
      perSecondStamp[slot] = second
      perSecond[slot] = 0
    }
    for post in posts {
      // An edit (Mastodon `status.update`) updates the row of the post it edits, in place; it is a new row only
      // when that post is no longer kept. Either way it is not one more post.
      if post.isEdit {
        if let old = ring.replace(post) {
          complaints += (post.complaint ? 1 : 0) - (old.complaint ? 1 : 0)
        } else {
          ring.append(post)  // the original is no longer kept (nor is whether it was a complaint)
        }
      } else {
        ring.append(post)
        postCount += 1
        if post.complaint { complaints += 1 }
      }
      if followsEventTime, let time = post.eventTime { pendingEvents += analytics.advance(to: time) }
      analytics.ingest(post)
      // Backfilled history counts in the rate only when it is from the last minute.
      if now - post.arrivalTime < 1000, !post.isEdit {
        perSecond[slot] += 1
        if countingSince == nil { countingSince = second }
      }
    }
    let wake = markChanged()
    lock.unlock()
    if wake { onChange() }
  }

  /// Replaces the source list shown in the header.
  public func setSources(_ list: [SourceStatus]) {
    lock.lock()
    let differs = list != sources
    sources = list
    let wake = differs && markChanged()
    lock.unlock()
    if wake { onChange() }
  }

  /// Set for `--replay`, whose posts come in event-time order: each post's own time moves the analytics clock as
  /// it is added. Frames alone move it a frame at a time, minutes of posts at a high speed (or at a low frame
  /// rate), and the engine counts posts more than its future-skew allowance (5 minutes) ahead of its clock at
  /// that clock's time.
  public var replaying: Bool {
    get { locked { followsEventTime } }
    set { locked { followsEventTime = newValue } }
  }

  /// Receives every alert event (started, updated, ended) as the analytics clock moves, on the UI thread
  /// outside the lock (the alert log and `--on-alert`; it must not block).
  public var onAlerts: (@Sendable ([AlertEvent]) -> Void)? {
    get { locked { alertSink } }
    set { locked { alertSink = newValue } }
  }

  private static func names(of services: [ServiceInfo]) -> [String: String] {
    Dictionary(services.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
  }

  /// Replaces the service list after a taxonomy reload: the analytics engine keeps the data of ids that remain;
  /// new ids get the next accent colours.
  public func setServices(_ services: [ServiceInfo]) {
    lock.lock()
    analytics.setServices(services)
    for service in services where serviceOrder[service.id] == nil { serviceOrder[service.id] = serviceOrder.count }
    serviceNames = Self.names(of: services)
    let wake = markChanged()
    lock.unlock()
    if wake { onChange() }
  }

  /// An error shown in the status bar until cleared (a broken taxonomy file); nil clears it.
  public func setNotice(_ text: String?) {
    lock.lock()
    let differs = text != notice
    notice = text
    let wake = differs && markChanged()
    lock.unlock()
    if wake { onChange() }
  }

  /// Called once per frame (outside the lock) for the current sources and malformed-record total of engines that
  /// keep their own counts (the ingest engine); its answer replaces the sources and malformed count.
  public var statusProvider: (@Sendable () -> (sources: [SourceStatus], malformed: Int))? {
    get { locked { provider } }
    set { locked { provider = newValue } }
  }

  /// True when something changed since the last call (and clears the mark).
  public func takeChanged() -> Bool {
    lock.lock()
    defer { lock.unlock() }
    let was = changed
    changed = false
    return was
  }

  /// Rows the Posts pane can scroll through: kept posts up to the pause point (all when following).
  public func postRowCount(pausedAt: Int?) -> Int {
    lock.lock()
    defer { lock.unlock() }
    return ring.count(upTo: pausedAt ?? ring.newestSequence)
  }

  public var newestSequence: Int {
    lock.lock()
    defer { lock.unlock() }
    return ring.newestSequence
  }

  /// Copies out what one frame shows.
  /// - Parameters:
  ///   - pausedAt: the pause point (newest sequence shown), `nil` when following.
  ///   - postsTop: the Posts pane's first visible row; `postsLimit` its visible rows.
  ///   - include: the Posts pane's filter (rows are those it accepts); nil shows every kept post.
  ///   - counts: when set, the Services and Trending panes count only the kept posts it accepts (the Posts
  ///     filter, when the user asks the counts to follow it); nil: they count every post (global).
  ///   - now: the time event-time counts are measured against (windows, alerts, trending): the wall clock, or a
  ///     replay's clock.
  ///   - arrivalNow: the wall clock, for the arrival rate (posts are stamped on arrival with the wall clock);
  ///     nil: `now` is the wall clock.
  ///   - advancing: false leaves the analytics clock where it is (a replay that has not started playing: the
  ///     wall clock would move it past the archive, whose posts would then all be too old to count).
  public func view(
    now: EpochMillis, pausedAt: Int?, postsTop: Int, postsLimit: Int, trendingLimit: Int = 50,
    include: ((Post) -> Bool)? = nil, window: AnalyticsWindow = .oneHour, sort: ServiceSort = .alertState,
    counts: CountScope? = nil, arrivalNow: EpochMillis? = nil, advancing: Bool = true
  ) -> DashboardView {
    let status = statusProvider?()
    lock.lock()
    if let status {
      sources = status.sources
      malformed = status.malformed
    }
    if advancing && !followsEventTime { restartIfClockSteppedBack(now: now, wall: arrivalNow ?? now) }
    let events = pendingEvents + (advancing ? analytics.advance(to: now) : [])
    pendingEvents.removeAll()
    // An alert that started and ended within one step (found in history loaded at start-up, such as the demo's
    // last hour) is listed but does not count as new: only alerts still active ring the bell.
    let ended = Set(events.lazy.filter { $0.kind == .ended }.map(\.alert.id))
    alertsStarted += events.filter { $0.kind == .started && !ended.contains($0.alert.id) }.count
    let sink = alertSink
    var view = frame(
      now: now, arrivalNow: arrivalNow ?? now, pausedAt: pausedAt, postsTop: postsTop, postsLimit: postsLimit,
      trendingLimit: trendingLimit, include: include, window: window, sort: sort, counts: counts)
    lock.unlock()
    if !events.isEmpty { sink?(events) }
    view.servicesWindow = window
    view.servicesSort = sort
    return view
  }

  /// A live dashboard (not a replay) whose wall clock is further behind the analytics clock than
  /// `AnalyticsEngine.clockStepBackLimit` restarts its counts (`LiveAnalytics.restartClock`: active alerts end, the kept posts
  /// stay in the Posts pane), and says so in the status bar for a minute.
  private func restartIfClockSteppedBack(now: EpochMillis, wall: EpochMillis) {
    guard let ahead = analytics.clockTime, ahead - now > AnalyticsEngine.clockStepBackLimit else { return }
    pendingEvents += analytics.restartClock()
    clockNotice = (AnalyticsEngine.clockSetBackNotice(by: ahead - now), wall + 60_000)
  }

  private func frame(
    now: EpochMillis, arrivalNow: EpochMillis, pausedAt: Int?, postsTop: Int, postsLimit: Int, trendingLimit: Int,
    include: ((Post) -> Bool)?, window: AnalyticsWindow, sort: ServiceSort, counts: CountScope?
  ) -> DashboardView {
    let anchor = pausedAt ?? ring.newestSequence
    let filtered = include.map { filteredRows(anchor: anchor, include: $0) }
    let nowSecond = arrivalNow / 1000
    var lastMinute = 0
    for i in 0..<60 where perSecondStamp[i] > nowSecond - 60 && perSecondStamp[i] <= nowSecond {
      lastMinute += perSecond[i]
    }
    let rateSeconds = countingSince.map { Int(min(60, max(1, nowSecond - $0 + 1))) } ?? 60
    var services = Self.serviceRows(of: analytics, window: window, sort: sort, now: now)
    var trending = analytics.trending(now: now, limit: trendingLimit)
    let scoped = counts.flatMap { scopedAnalytics($0, now: now) }
    if let scoped, let counts {
      // Alerts stay those of all posts: a filtered slice of the kept posts has too little history to judge.
      var alerts: [String: AlertSeverity] = [:]
      for row in services { alerts[row.id] = row.alert }
      services = Self.serviceRows(of: scoped, window: window, sort: sort, now: now).compactMap { row in
        guard counts.services.isEmpty || counts.services.contains(row.id) else { return nil }
        var row = row
        row.alert = alerts[row.id]
        return row
      }
      trending = scoped.trending(now: now, limit: trendingLimit)
    }
    var view = DashboardView(
      now: now, sources: sources, postsPerMinute: Double(lastMinute), totalPosts: postCount,
      complaints: complaints, malformed: malformed, keptPosts: ring.count, newestSequence: ring.newestSequence,
      postRowCount: filtered?.count ?? ring.count(upTo: anchor),
      posts: filtered.map { Array($0.dropFirst(max(0, postsTop)).prefix(max(0, postsLimit))) }
        ?? ring.newestFirst(from: anchor, skip: postsTop, limit: postsLimit),
      services: services, trending: trending, activeAlerts: analytics.activeAlerts, serviceOrder: serviceOrder)
    view.rateSeconds = rateSeconds
    view.countsFiltered = scoped != nil
    view.complaintsLastHour = (scoped ?? analytics).complaintsLastHour(now: now)
    view.alertHistory = analytics.alertHistory
    view.serviceNames = serviceNames
    view.alertsStarted = alertsStarted
    if let notice {
      view.statusMessage = StatusMessage(notice, isError: true, time: now)
    } else if let clockNotice, arrivalNow < clockNotice.until {
      view.statusMessage = StatusMessage(clockNotice.text, time: now)
    }
    return view
  }

  /// The Services rows of an engine for a window and sort: services with posts in the window.
  private static func serviceRows(
    of engine: any LiveAnalytics, window: AnalyticsWindow, sort: ServiceSort, now: EpochMillis
  ) -> [ServiceRow] {
    window == .oneHour && sort == .alertState
      ? engine.serviceRows(now: now)
      : sort.sorted(engine.serviceRows(window: window, now: now).filter { $0.posts > 0 })
  }

  /// A fresh engine fed, in arrival order, with the kept posts `counts` accepts (at most `keep` posts, so the
  /// cost per frame is bounded like the Posts filter's); nil when the engine cannot make an empty copy.
  private func scopedAnalytics(_ counts: CountScope, now: EpochMillis) -> (any LiveAnalytics)? {
    guard let engine = analytics.emptyCopy() else { return nil }
    for post in ring.newestFirst(from: ring.newestSequence, skip: 0, limit: ring.count).reversed()
    where counts.include(post) {
      engine.ingest(post)
    }
    engine.refresh(now: now)
    return engine
  }

  /// Every row the Posts pane can scroll through, newest first: kept posts up to the pause point that `include`
  /// accepts (all when nil). For search jumps, the selected post and exports.
  public func rows(pausedAt: Int?, include: ((Post) -> Bool)? = nil) -> [Post] {
    lock.lock()
    defer { lock.unlock() }
    return filteredRows(anchor: pausedAt ?? ring.newestSequence, include: include ?? { _ in true })
  }

  private func filteredRows(anchor: Int, include: (Post) -> Bool) -> [Post] {
    ring.newestFirst(from: anchor, skip: 0, limit: ring.count).filter(include)
  }

  /// Milliseconds since the epoch now.
  public static func wallClock() -> EpochMillis {
    EpochMillis((Date().timeIntervalSince1970 * 1000).rounded())
  }

  private func locked<T>(_ body: () -> T) -> T {
    lock.lock()
    defer { lock.unlock() }
    return body()
  }

  private func markChanged() -> Bool {
    let wake = !changed
    changed = true
    return wake
  }
}
