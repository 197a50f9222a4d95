/// Replays posts on event time through an `AnalyticsEngine` and collects the alerts that would have fired,
/// for `report`.
///
/// Feed posts in (roughly) time order with `add`; posts a little out of order are fine (the engine waits
/// `SpikeConfig.allowedLatenessMillis` before testing a minute). `finish()` closes the last minutes.
public final class AlertReplay {
  public let engine: AnalyticsEngine
  /// Alert events seen (started + updated + ended).
  public private(set) var eventCount = 0
  private var latestByID: [Int: Alert] = [:]
  private var latest: EpochMillis?
  /// The earliest time after the last one passed to `engine.advance(to:)` whose advance can change what the
  /// engine does (see `changesAfter(_:)`); `Int64.min` before the first advance.
  private var changesAt = Int64.min
  /// A post far ahead of the clock, waiting for the next post to say whether the input moved on with it.
  private var held: Post?

  public init(services: [ServiceInfo], config: AnalyticsConfig = AnalyticsConfig()) {
    engine = AnalyticsEngine(services: services, config: config)
  }

  public func add(_ post: Post) {
    add(contentsOf: [post])
  }

  /// Replays a batch of posts in order, the same as `add` on each.
  ///
  /// The posts between two advances of the engine's clock are counted in one call (`AnalyticsEngine.ingest(_:)`
  /// on a run), which reads their fields in place.
  ///
  /// Event time drives the clock, but one post must not drag it far ahead: a post whose own clock is wrong
  /// (a client hours fast, within the day the decoders allow) would have every minute up to its time tested as
  /// empty, and the real posts of those hours counted after their minutes were tested, so no alert could come
  /// from them. A post more than the future-skew allowance ahead of the clock is held until the next post:
  /// when that one is not back before it (a gap in the input, or sparse posts), the clock moves on to it as
  /// usual; when it is, the clock stays and the engine counts the held post at the clock's time, as the live
  /// dashboard counts a post from the future.
  public func add(contentsOf posts: [Post]) {
    let skew = engine.config.maxFutureSkewMillis
    posts.withUnsafeBufferPointer { posts in
      var start = 0
      for i in posts.indices {
        let time = clockTime(of: posts[i])
        if let held {
          self.held = nil
          settle(held, next: time)  // before posts[i]: the held post began no run
        }
        let latest = self.latest ?? Int64.min
        guard time > latest else { continue }
        if latest > Int64.min, time - latest > skew {
          engine.ingest(UnsafeBufferPointer(rebasing: posts[start..<i]))
          held = posts[i]
          start = i + 1
          continue
        }
        self.latest = time
        guard time >= changesAt else { continue }
        engine.ingest(UnsafeBufferPointer(rebasing: posts[start..<i]))
        start = i
        advance(to: time)
      }
      engine.ingest(UnsafeBufferPointer(rebasing: posts[start...]))
    }
  }

  /// Counts a held post once the time of the post after it (`next`, nil at the end of the input) says whether
  /// the input moved on with it.
  private func settle(_ post: Post, next: EpochMillis?) {
    let time = clockTime(of: post)
    if next.map({ $0 >= time - engine.config.maxFutureSkewMillis }) ?? true {
      latest = time
      if time >= changesAt { advance(to: time) }
    }
    engine.ingest(post)
  }

  /// The time a post moves the clock to: its event time, but its arrival time when it is further than the
  /// future-skew allowance past that (as the engine counts it).
  @inline(__always) private func clockTime(of post: Post) -> EpochMillis {
    min(post.time, post.arrivalTime + engine.config.maxFutureSkewMillis)
  }

  /// Advances the engine's clock to `time`, takes the alerts it reports and notes when an advance next matters.
  private func advance(to time: EpochMillis) {
    changesAt = changesAfter(time)
    take(engine.advance(to: time))
  }

  /// The earliest time later than `advanced` (the time just passed to `engine.advance(to:)`) whose advance can
  /// change what the engine does: it evaluates the minutes closed by that time, moves its newest minute, and
  /// clamps posts further ahead of its clock than the future-skew allowance. Advancing to a time after
  /// `advanced` but before this one changes none of these (most posts: same minute, a little later), so the call
  /// is skipped: the replay costs one `ingest` and one comparison per post and detector work once a minute, with
  /// exactly the alerts and counts of advancing on every post. (The first minute boundary after `advanced`,
  /// the first one after `advanced` less the allowed lateness, and more than half the skew allowance ahead.)
  private func changesAfter(_ advanced: EpochMillis) -> EpochMillis {
    let lateness = engine.config.spike.allowedLatenessMillis
    func nextMinute(_ t: EpochMillis) -> EpochMillis {
      let (next, overflow) = (floorDiv(t, 60_000) + 1).multipliedReportingOverflow(by: 60_000)
      return overflow ? Int64.max : next
    }
    let (skewed, overflow) = advanced.addingReportingOverflow(engine.config.maxFutureSkewMillis / 2 + 1)
    let (late, lateOverflow) = nextMinute(advanced - lateness).addingReportingOverflow(lateness)
    return min(nextMinute(advanced), lateOverflow ? Int64.max : late, overflow ? Int64.max : skewed)
  }

  /// Evaluates the minutes up to the end of the last post's minute plus the time an alert needs to end, and
  /// returns every alert, oldest first. An alert still going on when the input ends has no `end`: the quiet
  /// minutes after the last post are the end of the file, not the end of the incident.
  @discardableResult
  public func finish() -> [Alert] {
    if let held {
      self.held = nil
      settle(held, next: nil)
    }
    guard let last = latest else { return alerts }
    let spike = engine.config.spike
    let tail = EpochMillis(spike.endAfterMinutes + max(spike.windowMinutes, spike.longWindowMinutes) + 1) * 60_000
    take(engine.advance(to: last + tail + spike.allowedLatenessMillis))
    return alerts.map { alert in
      var alert = alert
      if let end = alert.end, end > last { alert.end = nil }
      return alert
    }
  }

  /// Alerts seen so far in their latest state, oldest first.
  public var alerts: [Alert] { latestByID.values.sorted { $0.id < $1.id } }

  private func take(_ events: [AlertEvent]) {
    eventCount += events.count
    for event in events { latestByID[event.alert.id] = event.alert }
  }

  /// Convenience: sorts `posts` by event time, replays them and returns the alerts.
  public static func alerts(
    for posts: [Post], services: [ServiceInfo], config: AnalyticsConfig = AnalyticsConfig()
  ) -> [Alert] {
    let replay = AlertReplay(services: services, config: config)
    for post in posts.sorted(by: { $0.time < $1.time }) { replay.add(post) }
    return replay.finish()
  }
}
