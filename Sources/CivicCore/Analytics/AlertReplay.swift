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
  /// The last time passed to `engine.advance(to:)`.
  private var advanced: EpochMillis?

  public init(services: [ServiceInfo], config: AnalyticsConfig = AnalyticsConfig()) {
    engine = AnalyticsEngine(services: services, config: config)
  }

  public func add(_ post: Post) {
    post.services.withUnsafeBufferPointer { services in
      post.hashtags.withUnsafeBufferPointer { hashtags in
        add(
          time: post.time, arrivalTime: post.arrivalTime, isEdit: post.isEdit, complaint: post.complaint,
          services: services, codes: post.serviceCodes, hashtags: hashtags)
      }
    }
  }

  /// Replays a batch of posts in order, the same as `add` on each.
  ///
  /// Only the fields `AnalyticsEngine.ingest` reads are taken from each post, in place and borrowed (through
  /// buffer pointers): copying a post, or even one of its arrays, would retain and release it.
  public func add(contentsOf posts: [Post]) {
    let trends = engine.config.trackTrends
    posts.withUnsafeBufferPointer { posts in
      for i in posts.indices {
        posts[i].services.withUnsafeBufferPointer { services in
          guard trends else {
            return add(
              time: posts[i].time, arrivalTime: posts[i].arrivalTime, isEdit: posts[i].isEdit,
              complaint: posts[i].complaint, services: services, codes: posts[i].serviceCodes,
              hashtags: UnsafeBufferPointer(start: nil, count: 0))
          }
          posts[i].hashtags.withUnsafeBufferPointer { hashtags in
            add(
              time: posts[i].time, arrivalTime: posts[i].arrivalTime, isEdit: posts[i].isEdit,
              complaint: posts[i].complaint, services: services, codes: posts[i].serviceCodes, hashtags: hashtags)
          }
        }
      }
    }
  }

  private func add(
    time eventTime: EpochMillis, arrivalTime: EpochMillis, isEdit: Bool, complaint: Bool,
    services: UnsafeBufferPointer<String>, codes: ServiceCodes, hashtags: UnsafeBufferPointer<String>
  ) {
    // Event time drives the clock, but a post from the far future (past its arrival) must not drag it along.
    let time = min(eventTime, arrivalTime + engine.config.maxFutureSkewMillis)
    if time > (latest ?? Int64.min) {
      latest = time
      if advanceChanges(to: time) {
        advanced = time
        take(engine.advance(to: time))
      }
    }
    engine.ingest(
      time: eventTime, arrivalTime: arrivalTime, isEdit: isEdit, complaint: complaint, services: services,
      codes: codes, hashtags: hashtags)
  }

  /// Whether advancing the engine's clock from `advanced` to `time` can change what it does: it evaluates the
  /// minutes closed by `time`, moves its newest minute, and clamps posts further ahead of its clock than the
  /// future-skew allowance. When none of these changes (most posts: same minute, a little later), the call is
  /// skipped, so the replay costs one `ingest` per post and detector work once a minute, with exactly the
  /// alerts and counts of advancing on every post.
  private func advanceChanges(to time: EpochMillis) -> Bool {
    guard let advanced else { return true }
    let lateness = engine.config.spike.allowedLatenessMillis
    return floorDiv(time, 60_000) != floorDiv(advanced, 60_000)
      || floorDiv(time - lateness, 60_000) != floorDiv(advanced - lateness, 60_000)
      || time > advanced + engine.config.maxFutureSkewMillis / 2
  }

  /// Evaluates the minutes up to the end of the last post's minute plus the time an alert needs to end, and
  /// returns every alert, oldest first. An alert still going on when the input ends has no `end`: the quiet
  /// minutes after the last post are the end of the file, not the end of the incident.
  @discardableResult
  public func finish() -> [Alert] {
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
