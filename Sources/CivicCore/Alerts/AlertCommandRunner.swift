import Collections
import Foundation

/// Runs `--on-alert CMD` for each new alert: `/bin/sh -c CMD` with the alert as one JSON line on stdin and as
/// `CIVICPULSE_ALERT_*` environment variables.
///
/// Never blocks the caller: commands run on background threads, at most `maxConcurrent` at a time; further
/// alerts wait in a queue of at most `maxQueued` (beyond that they are dropped and counted). A command still
/// running after `timeoutSeconds` is killed with its process group. Outcomes are counted in `stats`.
public final class AlertCommandRunner: @unchecked Sendable {
  public struct Stats: Sendable, Hashable {
    public var started = 0
    public var succeeded = 0
    /// Commands that exited non-zero or died of a signal.
    public var failed = 0
    public var timedOut = 0
    public var spawnErrors = 0
    /// Alerts not run because the queue was full.
    public var dropped = 0
    public var running = 0
    public var queued = 0
    public var lastFailure: ShellOutcome?
    /// When the last failure ended (wall clock), nil before the first.
    public var lastFailureTime: EpochMillis?

    /// Runs that did not succeed: non-zero exit or signal, timeout, or the command could not be started.
    public var failures: Int { failed + timedOut + spawnErrors }
  }

  public let command: String
  public let timeoutSeconds: Double
  public let maxConcurrent: Int
  public let maxQueued: Int
  private let baseEnvironment: [String: String]
  private let lock = NSLock()
  private var pending: Deque<AlertRecord> = []
  private var counters = Stats()

  public init(command: String, timeoutSeconds: Double = 10, maxConcurrent: Int = 2, maxQueued: Int = 32) {
    self.command = command
    self.timeoutSeconds = max(0.1, timeoutSeconds)
    self.maxConcurrent = max(1, maxConcurrent)
    self.maxQueued = max(0, maxQueued)
    baseEnvironment = ProcessInfo.processInfo.environment
  }

  public var stats: Stats { lock.withLock { counters } }

  /// Runs the command for `started` events (a new alert); other events are ignored.
  public func handle(_ event: AlertEvent) {
    guard event.kind == .started else { return }
    run(AlertRecord(event))
  }

  /// Runs the command for the alerts these events start, except those that end in the same batch: an alert that
  /// was already over when it was found (in history loaded at start-up, or a file read from its start) is logged
  /// but pages nobody, as the bell does not ring for it.
  public func handle(_ events: [AlertEvent]) {
    let ended = Set(events.lazy.filter { $0.kind == .ended }.map(\.alert.id))
    for event in events where !ended.contains(event.alert.id) { handle(event) }
  }

  /// Queues one run of the command for `record`.
  public func run(_ record: AlertRecord) {
    let startNow: Bool = lock.withLock {
      if counters.running < maxConcurrent {
        counters.running += 1
        counters.started += 1
        return true
      }
      if pending.count < maxQueued {
        pending.append(record)
        counters.queued = pending.count
      } else {
        counters.dropped += 1
      }
      return false
    }
    if startNow { launch(record) }
  }

  /// Waits (polling) until nothing runs or waits; false if `timeoutSeconds` passed first.
  public func waitUntilIdle(timeoutSeconds: Double) -> Bool {
    let deadline = Date().addingTimeInterval(timeoutSeconds)
    while Date() < deadline {
      if lock.withLock({ counters.running == 0 && pending.isEmpty }) { return true }
      usleep(5_000)
    }
    return lock.withLock { counters.running == 0 && pending.isEmpty }
  }

  private func launch(_ record: AlertRecord) {
    DispatchQueue.global(qos: .utility).async { [self] in
      var current: AlertRecord? = record
      while let job = current {
        let outcome = execute(job)
        current = lock.withLock {
          switch outcome {
          case .exited(0): counters.succeeded += 1
          case .exited, .signalled: counters.failed += 1
          case .timedOut: counters.timedOut += 1
          case .spawnFailed: counters.spawnErrors += 1
          }
          if !outcome.succeeded {
            counters.lastFailure = outcome
            counters.lastFailureTime = EpochMillis((Date().timeIntervalSince1970 * 1000).rounded())
          }
          guard let next = pending.popFirst() else {
            counters.running -= 1
            return nil
          }
          counters.queued = pending.count
          counters.started += 1
          return next
        }
      }
    }
  }

  private func execute(_ record: AlertRecord) -> ShellOutcome {
    var environment = baseEnvironment
    for (key, value) in record.environment { environment[key] = value }
    let input = Array((record.jsonLine() + "\n").utf8)
    return ShellProcess.run(
      command: command, input: input, environment: environment, timeoutSeconds: timeoutSeconds)
  }
}
