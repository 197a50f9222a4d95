import Foundation

/// Runs a demo feed on its own thread at a steady rate and hands each batch of posts to a sink. Before the first
/// live post it fills the last 90 minutes with history, so sparklines are not empty at start-up, and the alert
/// detector (60 minutes of warm-up) is warm for the last half hour of it: incidents in the history raise alerts
/// with their real start times, instead of one alert dated "now" when the warm-up ends.
///
/// Every post goes through `enrich` first: the hook where routing and complaint scoring run, exactly as for
/// posts from real sources (the demo's own service and complaint labels stand until a classifier is plugged in).
public final class DemoDriver: @unchecked Sendable {
  public typealias Enrich = @Sendable (inout Post) -> Void
  public typealias Sink = @Sendable ([Post]) -> Void

  private let condition = NSCondition()
  private var stopped = false
  private var feed: DemoFeed
  private let rate: Double
  private let historyMinutes: Int
  private let enrich: Enrich
  private let sink: Sink
  private var thread: Thread?
  /// Start a major incident right after the history fill (instead of a routine one within two minutes): for five
  /// minutes most posts are about it and the feed runs at three times its rate.
  public var incidentNow = false

  /// - Parameters:
  ///   - rate: posts per second (0: silent, no thread is started).
  ///   - historyMinutes: minutes of history generated at start, at the live rate (see `historyPlan`).
  public init(
    seed: UInt64, rate: Double, historyMinutes: Int = 90, enrich: @escaping Enrich = { _ in },
    sink: @escaping Sink
  ) {
    feed = DemoFeed(seed: seed)
    self.rate = rate.isFinite ? max(0, rate) : 0
    self.historyMinutes = max(0, historyMinutes)
    self.enrich = enrich
    self.sink = sink
  }

  public func start() {
    guard rate > 0, thread == nil else { return }
    let thread = Thread { [self] in run() }
    thread.name = "civicpulse-demo"
    self.thread = thread
    thread.start()
  }

  /// Stops the thread soon (it wakes from its sleep at once).
  public func stop() {
    condition.lock()
    stopped = true
    condition.broadcast()
    condition.unlock()
  }

  private func run() {
    let start = Self.now()
    let plan = Self.historyPlan(rate: rate, minutes: historyMinutes)
    if plan.count > 0 {
      let history = feed.history(from: start - Int64(plan.minutes) * 60_000, to: start, count: plan.count)
      deliver(history)
    }
    if incidentNow { feed.scheduleIncident(at: start, major: true) }
    let interval = 1000.0 / rate
    var emitted = 0.0
    // Sleep at least 10 ms between batches: fast rates are delivered in batches.
    let minimumSleep = 0.010
    while true {
      let now = Self.now()
      let due = Int((Double(now - start) / interval).rounded(.down)) + 1
      var batch: [Post] = []
      while Int(emitted) < due {
        let time = start + Int64((emitted * interval).rounded())
        // A major incident (--demo-incident-now) also brings a deluge: three times the posts while it lasts.
        let copies = incidentNow && time < start + Self.majorIncidentMillis ? 3 : 1
        for _ in 0..<copies { batch.append(feed.next(at: max(time, now - 1000))) }
        emitted += 1
      }
      deliver(batch)
      let nextDue = Double(start) + emitted * interval
      let wait = max(minimumSleep, (nextDue - Double(Self.now())) / 1000)
      condition.lock()
      if !stopped { _ = condition.wait(until: Date(timeIntervalSinceNow: wait)) }
      let done = stopped
      condition.unlock()
      if done { return }
    }
  }

  /// How long the major incident of `incidentNow` lasts (see `DemoFeed.scheduleIncident(at:major:)`).
  public static let majorIncidentMillis: EpochMillis = 300_000

  /// Most posts generated as history at start-up (a fast rate gets fewer minutes of history, never a slower rate).
  public static let maxHistoryPosts = 60_000

  /// The history made at start-up: the last `minutes` (fewer when the live rate would need more than
  /// `maxHistoryPosts`) at the live rate, so that the sparklines, the alert baselines and the trend baselines see
  /// no step when the live posts begin.
  public static func historyPlan(rate: Double, minutes: Int) -> (minutes: Int, count: Int) {
    guard rate > 0, rate.isFinite, minutes > 0 else { return (0, 0) }
    let perMinute = rate * 60
    let fitting = min(minutes, Int((Double(maxHistoryPosts) / perMinute).rounded(.down)))
    guard fitting > 0 else { return (0, 0) }
    return (fitting, Int((perMinute * Double(fitting)).rounded()))
  }

  private func deliver(_ posts: [Post]) {
    guard !posts.isEmpty else { return }
    var enriched = posts
    for i in enriched.indices { enrich(&enriched[i]) }
    sink(enriched)
  }

  static func now() -> EpochMillis {
    EpochMillis((Date().timeIntervalSince1970 * 1000).rounded())
  }
}
