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

  public init(services: [ServiceInfo], config: AnalyticsConfig = AnalyticsConfig()) {
    engine = AnalyticsEngine(services: services, config: config)
  }

  public func add(_ post: Post) {
    // Event time drives the clock, but a post from the far future (past its arrival) must not drag it along.
    let time = min(post.time, post.arrivalTime + engine.config.maxFutureSkewMillis)
    if time > (latest ?? Int64.min) {
      latest = time
      take(engine.advance(to: time))
    }
    engine.ingest(post)
  }

  /// Evaluates the minutes up to the end of the last post's minute plus the time an alert needs to end, and
  /// returns every alert, oldest first (alerts still active then have no `end`).
  @discardableResult
  public func finish() -> [Alert] {
    if let last = latest {
      let spike = engine.config.spike
      let tail = EpochMillis(spike.endAfterMinutes + max(spike.windowMinutes, spike.longWindowMinutes) + 1) * 60_000
      take(engine.advance(to: last + tail + spike.allowedLatenessMillis))
    }
    return alerts
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
