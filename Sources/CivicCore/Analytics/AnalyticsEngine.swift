import Collections

/// Live analytics: per-service complaint windows on event time, spike alerts, trending hashtags.
///
/// Not thread-safe: the caller serialises access (one engine per `watch` loop or `report` run). Memory is fixed
/// for a given number of services and `TrendConfig.capacity`, whatever the volume or the run time (the authors'
/// counted complaints too: `VoiceTable`).
public final class AnalyticsEngine {
  public let config: AnalyticsConfig
  public private(set) var services: [ServiceInfo] = []
  private var indexByID: [String: Int] = [:]
  private var states: [AlertState] = []
  private var counts: AnalyticsCounts
  private var history: Deque<Alert> = []
  private var pendingEvents: [AlertEvent] = []
  private var nextAlertID = 1
  private var lastEvaluatedMinute: Int64?

  /// Newest minute with data or reached by `advance(to:)`.
  public var headMinute: Int64? { counts.headMinute }
  /// First minute with data (baselines never reach before it).
  public var firstMinute: Int64? { counts.firstMinute }
  /// Latest event time ingested (after clamping, late posts excluded): "now" on event time for a caller that
  /// replays a file (pass it to `advance(to:)`, `serviceRows` and `trending`).
  public var latestEventTime: EpochMillis? { counts.latestEventTime }
  /// Latest time passed to `advance(to:)`.
  public var lastAdvance: EpochMillis? { counts.lastAdvance }

  /// Posts ingested, complaints among them (late ones included; a repost is a post, not another complaint).
  public var totalPosts: Int { counts.totalPosts }
  public var totalComplaints: Int { counts.totalComplaints }
  /// Posts older than the 24-hour ring: counted in totals only.
  public var latePosts: Int { counts.latePosts }
  /// Posts from the future, counted at their arrival time or at the last `advance(to:)` instead.
  public var clampedFuturePosts: Int { counts.clampedFuturePosts }
  /// Edits not counted (the original post was).
  public var ignoredEdits: Int { counts.ignoredEdits }
  /// Service ids in posts that are not in the service list (the post still counts in the volume).
  public var unknownServiceMentions: Int { counts.unknownServiceMentions }
  /// Entries in the table of authors' counted complaints (`VoiceTable.capacity`, whatever the number of authors).
  var voiceTableSize: Int { counts.voices.count }

  private struct AlertState {
    var active: Alert?
    var normalStreak = 0
    /// The short window fired during the active alert: a burst. It ends when the short window is back to
    /// normal; the long window, which keeps a two-minute burst in view for half an hour, would otherwise hold
    /// it open long after the burst (and a later incident would continue it). An alert only the long window
    /// found (a sustained rise) ends when both windows are normal.
    var burst = false
    /// Minute a burst alert of this service ended: the long window sees that burst until it has slid past this
    /// minute, and must not start a new alert on it alone.
    var burstEndMinute: Int64?
    /// First minute the short window was back to normal since it last fired: a burst after it is a new one.
    var calmStart: Int64?
  }

  public init(services: [ServiceInfo], config: AnalyticsConfig = AnalyticsConfig()) {
    var config = config
    config.hourlyHistoryDays = max(2, config.hourlyHistoryDays)
    config.historyLimit = max(1, config.historyLimit)
    self.config = config
    counts = AnalyticsCounts(config: config)
    setServices(services)
  }

  /// Replaces the service list (taxonomy reload). Data of ids that remain is kept; alerts of removed services
  /// end now (their `ended` events come with the next `advance(to:)`). A new id is counted from the next minute
  /// on, and observed from there (its own warm-up, then baselines of its own minutes only).
  public func setServices(_ newServices: [ServiceInfo]) {
    var seen = Set<String>()
    let unique = newServices.filter { seen.insert($0.id).inserted }
    var newSeries: [ServiceSeries] = []
    var newStates: [AlertState] = []
    for service in unique {
      if let old = indexByID[service.id] {
        newSeries.append(counts.series[old])
        var state = states[old]
        if var alert = state.active, alert.serviceName != service.name {
          alert.serviceName = service.name
          state.active = alert
        }
        newStates.append(state)
      } else {
        let since = counts.headMinute.map { $0 + 1 } ?? Int64.min
        newSeries.append(ServiceSeries(hourSlots: config.hourlyHistoryDays * 24, since: since))
        newStates.append(AlertState())
      }
    }
    let endTime = counts.lastAdvance ?? counts.headMinute.map { ($0 + 1) * 60_000 } ?? 0
    for (i, state) in states.enumerated() where !seen.contains(services[i].id) {
      if var alert = state.active {
        alert.end = max(alert.start, endTime)
        record(alert)
        pendingEvents.append(AlertEvent(kind: .ended, alert: alert))
      }
    }
    services = unique
    counts.series = newSeries
    states = newStates
    indexByID = Dictionary(uniqueKeysWithValues: unique.enumerated().map { ($1.id, $0) })
    counts.setServiceIDs(unique.map(\.id))
  }

  /// How far a live wall clock may fall behind the engine's clock before `clockSetBack(now:)` says it was set back
  /// (NTP's usual corrections are far smaller; the engine's clock just waits for them).
  public static let clockStepBackLimit: EpochMillis = 5 * 60_000

  /// True when the wall clock `now` is more than `clockStepBackLimit` behind the engine's clock: the system clock
  /// was set back (a live caller then calls `restartClock()`; a replay's clock is not the wall clock).
  public func clockSetBack(now: EpochMillis) -> Bool {
    guard let last = counts.lastAdvance else { return false }
    return last - now > Self.clockStepBackLimit
  }

  /// What a live caller says when it restarts the counts for a clock set back by `millis`.
  public static func clockSetBackNotice(by millis: EpochMillis) -> String {
    let minutes = millis / 60_000
    return
      "system clock set back \(minutes >= 120 ? "\(minutes / 60) h" : "\(minutes) min"): counts and alerts restarted"
  }

  /// Starts counting anew, for a system clock set back: the engine's clock only moves forward, so after the clock
  /// was set back a day every new post would be older than its windows for a day. Active alerts end at the last
  /// advance (their `ended` events are returned); counts, trends and baselines start empty with the same services
  /// and settings; the alert history is kept.
  public func restartClock() -> [AlertEvent] {
    var events = pendingEvents
    pendingEvents.removeAll()
    let endTime = counts.lastAdvance ?? counts.headMinute.map { ($0 + 1) * 60_000 } ?? 0
    for state in states {
      guard var alert = state.active else { continue }
      alert.end = max(alert.start, endTime)
      record(alert)
      events.append(AlertEvent(kind: .ended, alert: alert))
    }
    let list = services
    counts = AnalyticsCounts(config: config)
    services = []
    states = []
    indexByID = [:]
    lastEvaluatedMinute = nil
    setServices(list)
    return events
  }

  /// Counts a routed and scored post at its event time (`post.time`). Edits are skipped (counted in
  /// `ignoredEdits`) unless `AnalyticsConfig.countEdits`.
  public func ingest(_ post: Post) {
    counts.ingest(post)
  }

  /// `ingest(_:)` on each post of a run, in order, reading each post's fields in place (borrowed through buffer
  /// pointers: copying a post, or even one of its arrays, would retain and release it), with one access to the
  /// counts for the whole run.
  func ingest(_ posts: UnsafeBufferPointer<Post>) {
    counts.ingest(posts)
  }

  /// Moves event-time "now" forward and evaluates every minute closed by `now` (minus the allowed
  /// lateness). Returns the alerts that started, were updated or ended, in order.
  @discardableResult
  public func advance(to now: EpochMillis) -> [AlertEvent] {
    var events = pendingEvents
    pendingEvents.removeAll()
    let now = max(now, counts.lastAdvance ?? now)
    counts.lastAdvance = now
    let nowMinute = floorDiv(now, 60_000)
    counts.headMinute = max(counts.headMinute ?? nowMinute, nowMinute)
    guard let first = counts.firstMinute else { return events }
    let closedThrough = floorDiv(now - config.spike.allowedLatenessMillis, 60_000) - 1
    var m = max((lastEvaluatedMinute ?? (first - 1)) + 1, first, closedThrough - Int64(ServiceSeries.minuteSlots) + 1)
    while m <= closedThrough {
      evaluate(minute: m, firstMinute: first, events: &events)
      m += 1
    }
    lastEvaluatedMinute = max(lastEvaluatedMinute ?? closedThrough, closedThrough)
    return events
  }

  private func evaluate(minute m: Int64, firstMinute first: Int64, events: inout [AlertEvent]) {
    let spike = config.spike
    // Without an active alert only a start can happen, which needs the warm-up done and at least
    // `minCount` complaints in a tested window; the widest tested window holds the others (all end at `m`), so
    // a service below the floor there is not tested at all.
    let longTested = spike.longWindowMinutes > spike.windowMinutes
    let widest = Int64(max(1, longTested ? spike.longWindowMinutes : spike.windowMinutes))
    let series = counts.series
    for i in series.indices {
      let active = states[i].active != nil
      let observed = series[i].observedFrom(first)
      if !active {
        guard m - observed + 1 >= Int64(spike.warmupMinutes),
          series[i].minutes.complaints(from: m - widest + 1, through: m, reach: spike.minCount)
        else {
          continue
        }
      }
      guard
        let a = SpikeDetector.assess(
          service: series[i], all: counts.all, minute: m, firstMinute: observed, config: spike, firingOnly: !active)
      else { continue }
      if var alert = states[i].active {
        let streak = Int64(states[i].normalStreak)
        if a.shortFires {
          if states[i].burst, let calm = states[i].calmStart {
            // Back to normal, then a new burst: the old incident is over (it ends where the calm began, even if
            // the new one's first minutes interrupted the calm before they fired) and this one is a new alert
            // with its own start, not a continuation dated from the old one.
            end(i, alert, at: calm * 60_000, events: &events)
            start(i, a, minute: m, events: &events)
            continue
          }
          states[i].burst = true
          states[i].calmStart = nil
        } else if a.shortIsNormal, states[i].calmStart == nil {
          states[i].calmStart = m
        }
        if states[i].burst ? a.shortIsNormal : a.isNormal {
          states[i].normalStreak += 1
          if states[i].normalStreak >= max(1, spike.endAfterMinutes) {
            end(i, alert, at: (m - streak) * 60_000, events: &events)
          }
          continue
        }
        states[i].normalStreak = 0
        let severity = SpikeDetector.severity(pValue: a.pValue, config: spike)
        if a.count > alert.complaints || severity > alert.severity {
          if a.count > alert.complaints {
            alert.complaints = a.count
            alert.expected = a.expected
          }
          alert.severity = max(alert.severity, severity)
          states[i].active = alert
          record(alert)
          events.append(AlertEvent(kind: .updated, alert: alert))
        }
      } else if a.fires, a.shortFires || states[i].burstEndMinute.map({ m - widest + 1 >= $0 }) ?? true {
        start(i, a, minute: m, events: &events)
      }
    }
  }

  /// Starts an alert for service `i` at the end of minute `m`, whose window `a` fired.
  private func start(_ i: Int, _ a: SpikeAssessment, minute m: Int64, events: inout [AlertEvent]) {
    let alert = Alert(
      id: nextAlertID, service: services[i].id, serviceName: services[i].name, start: (m + 1) * 60_000,
      complaints: a.count, expected: a.expected,
      severity: SpikeDetector.severity(pValue: a.pValue, config: config.spike))
    nextAlertID += 1
    states[i] = AlertState(active: alert, normalStreak: 0, burst: a.shortFires)
    record(alert)
    events.append(AlertEvent(kind: .started, alert: alert))
  }

  /// Ends service `i`'s active alert at `time` (not before it started).
  private func end(_ i: Int, _ alert: Alert, at time: EpochMillis, events: inout [AlertEvent]) {
    var alert = alert
    alert.end = max(alert.start, time)
    let burst = states[i].burst
    states[i] = AlertState()
    if burst { states[i].burstEndMinute = floorDiv(time, 60_000) }
    record(alert)
    events.append(AlertEvent(kind: .ended, alert: alert))
  }

  /// Inserts or updates an alert in the bounded history (newest first).
  private func record(_ alert: Alert) {
    if let i = history.firstIndex(where: { $0.id == alert.id }) {
      history[i] = alert
      return
    }
    history.prepend(alert)
    while history.count > config.historyLimit { history.removeLast() }
  }

  /// One row per service, in service-list order: counts in `window` ending at `now`'s minute, the last 60
  /// minutes of complaints per minute, and the active alert's severity.
  public func serviceRows(window: AnalyticsWindow, now: EpochMillis) -> [ServiceRow] {
    let nowMinute = floorDiv(now, 60_000)
    let from = nowMinute - Int64(window.minutes) + 1
    let series = counts.series
    return services.indices.map { i in
      let sums = series[i].minutes.sum(from: from, through: nowMinute)
      let sparkline = (0..<60).map { series[i].minutes.complaints(nowMinute - 59 + Int64($0)) }
      return ServiceRow(
        id: services[i].id, name: services[i].name, complaints: sums.complaints, posts: sums.posts,
        sparkline: sparkline, alert: states[i].active?.severity)
    }
  }

  /// All posts and complaints in `window` ending at `now`'s minute (routed or not).
  public func volume(window: AnalyticsWindow, now: EpochMillis) -> (posts: Int, complaints: Int) {
    let nowMinute = floorDiv(now, 60_000)
    return counts.all.minutes.sum(from: nowMinute - Int64(window.minutes) + 1, through: nowMinute)
  }

  /// All-time totals for one service (late posts included), `nil` for an unknown id.
  public func totals(service id: String) -> (posts: Int, complaints: Int)? {
    guard let i = indexByID[id] else { return nil }
    return (counts.series[i].totalPosts, counts.series[i].totalComplaints)
  }

  /// The best `limit` hashtags at `now`, ranked by rise against each tag's own baseline.
  public func trending(now: EpochMillis, limit: Int) -> [TrendingTag] {
    counts.trends.top(now: now, limit: limit)
  }

  /// Alerts currently active, newest first.
  public var activeAlerts: [Alert] {
    states.compactMap(\.active).sorted { ($0.start, $0.id) > ($1.start, $1.id) }
  }

  /// Alerts of this run (active and ended, bounded by `historyLimit`), newest first.
  public var alertHistory: [Alert] { Array(history) }
}
