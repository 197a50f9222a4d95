import CivicCore
import Dispatch
import Foundation

/// `--alert-log` and `--on-alert` for `watch --headless`: the dashboard's live spike detection without the screen.
/// Posts are counted as they are delivered; once a second the clock (the wall clock, or with `--replay` the replay's
/// clock) closes the minutes that are due, and every alert event (started, updated, ended) goes to the outputs, in
/// order, on the timer's queue.
final class HeadlessAlerts: @unchecked Sendable {
  private let lock = NSLock()
  private let engine: AnalyticsEngine
  private let outputs: AlertOutputs
  /// Set by `start(clock:)`, read by `tick()`, both on `queue`.
  private var clock: @Sendable () -> EpochMillis? = HeadlessAlerts.wallClock
  /// `--replay`: posts arrive in event-time order, and each one's time moves the clock as it is counted (see
  /// `add`).
  private let replaying: Bool
  /// Events of the advances `add` made, delivered with the next tick.
  private var pending: [AlertEvent] = []
  private let queue = DispatchQueue(label: "civicpulse.headless-alerts")
  private var timer: DispatchSourceTimer?

  init(services: [ServiceInfo], outputs: AlertOutputs, replaying: Bool = false) {
    self.replaying = replaying
    var config = AnalyticsConfig()
    config.trackTrends = false  // alerts only: the report line counts hashtags itself
    engine = AnalyticsEngine(services: services, config: config)
    self.outputs = outputs
  }

  @Sendable static func wallClock() -> EpochMillis {
    EpochMillis((Date().timeIntervalSince1970 * 1_000).rounded())
  }

  /// Counts delivered posts (called on the engine's delivery thread). When replaying, a post's own time first
  /// moves the clock: a tick a second is minutes of posts at a high speed, and the engine would count posts more
  /// than its future-skew allowance (5 minutes) ahead of its last tick at that tick's time.
  func add(_ posts: [Post]) {
    lock.lock()
    defer { lock.unlock() }
    if !replaying { restartIfClockSetBack(now: Self.wallClock()) }
    for i in posts.indices {
      if replaying, let time = posts[i].eventTime { pending += engine.advance(to: time) }
      engine.ingest(posts[i])
    }
  }

  /// A taxonomy reload: alerts of removed services end (delivered with the next tick), new services are watched.
  func setServices(_ services: [ServiceInfo]) {
    lock.withLock { engine.setServices(services) }
  }

  /// Closes the minutes due on the clock and delivers their events (the log is written before it returns; a
  /// command is started, not waited for). No step while the clock has no time yet (a replay not yet playing).
  private func tick() {
    let now = clock()
    let events = lock.withLock {
      defer { pending.removeAll() }
      if !replaying, let now { restartIfClockSetBack(now: now) }
      return pending + (now.map { engine.advance(to: $0) } ?? [])
    }
    outputs.deliver(events)
  }

  /// The system clock set back by more than `AnalyticsEngine.clockStepBackLimit` (a server booted with a fast clock,
  /// then set right): the engine starts counting anew from the new time (its active alerts end), as the dashboard
  /// does, and a line on stderr says so. Called under the lock.
  private func restartIfClockSetBack(now: EpochMillis) {
    guard engine.clockSetBack(now: now), let last = engine.lastAdvance else { return }
    pending += engine.restartClock()
    StandardError.say("civicpulse: \(AnalyticsEngine.clockSetBackNotice(by: last - now))")
  }

  /// Ticks once a second, on `clock` (nil: no time yet, skip the tick), until `stop`.
  func start(clock: @escaping @Sendable () -> EpochMillis? = HeadlessAlerts.wallClock) {
    queue.sync { self.clock = clock }
    let timer = DispatchSource.makeTimerSource(queue: queue)
    timer.schedule(deadline: .now() + 1, repeating: 1, leeway: .milliseconds(100))
    timer.setEventHandler { [weak self] in self?.tick() }
    self.timer = timer
    timer.resume()
  }

  /// Stops the timer, delivers what the last posts made due and gives running `--on-alert` commands up to their
  /// timeout to finish.
  func stop() {
    queue.sync {
      timer?.cancel()
      timer = nil
      tick()
    }
    if let runner = outputs.runner { _ = runner.waitUntilIdle(timeoutSeconds: runner.timeoutSeconds + 1) }
  }
}
