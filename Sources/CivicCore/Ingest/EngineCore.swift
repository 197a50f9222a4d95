/// The engine's shared, lock-protected state: statuses, counters, recent errors and the stop flag.
final class EngineCore: @unchecked Sendable {
  static let keptErrors = 100

  let pipeline: OrderedPipeline
  private let monitor = Monitor()
  private var statuses: [SourceStatus]
  private var counts: [SourceCounts]
  private var errors: [IngestError] = []
  private var errorStart = 0
  private var rejectedClients = 0
  private var replayLate = 0
  private var replayProgress: ReplayProgress?
  private var stopping = false
  private var finished = false

  init(names: [String], pipeline: OrderedPipeline) {
    self.pipeline = pipeline
    statuses = names.map { SourceStatus(name: $0, state: .waiting) }
    counts = names.map { SourceCounts(name: $0) }
  }

  var isStopping: Bool { monitor.withLock { stopping } }

  var isFinished: Bool { monitor.withLock { finished } }

  func requestStop() {
    monitor.withLock { stopping = true }
    pipeline.drain()
    monitor.broadcast()
  }

  func markFinished() {
    monitor.withLock { finished = true }
    monitor.broadcast()
  }

  /// Waits until finished; `false` when `timeout` (seconds) passed first.
  func waitFinished(timeout: Double?) -> Bool {
    let deadline = timeout.map { SystemClock.monotonic() + $0 }
    return monitor.withLock {
      while !finished {
        guard let deadline else {
          monitor.wait()
          continue
        }
        let left = deadline - SystemClock.monotonic()
        if left <= 0 { return false }
        monitor.wait(seconds: left)
      }
      return true
    }
  }

  func setState(_ index: Int, _ state: SourceStatus.State, detail: String?) {
    monitor.withLock {
      statuses[index].state = state
      statuses[index].detail = detail
    }
  }

  func countBytes(_ index: Int, _ n: Int) { monitor.withLock { counts[index].bytes += n } }

  func rejectClient() { monitor.withLock { rejectedClients += 1 } }

  /// Sets how many posts the replay delivered late so far.
  func setReplayLate(_ count: Int) { monitor.withLock { replayLate = count } }

  /// Publishes how far `buffer`'s playback has got, for `replayTime(atWall:)`: its clock once it plays, the
  /// earliest post still waiting and the latest played. No effect before playback.
  func publishReplay(of buffer: ReplayBuffer) {
    guard let clock = buffer.clock else { return }
    monitor.withLock {
      var progress = replayProgress ?? ReplayProgress(clock: clock, waiting: nil)
      progress.waiting = buffer.nextTime
      progress.played = buffer.position
      replayProgress = progress
    }
  }

  /// The replay's time at `wall` (see `ReplayProgress`); nil before playback.
  func replayTime(atWall wall: Double) -> EpochMillis? {
    monitor.withLock { replayProgress?.time(atWall: wall) }
  }

  /// Adds one delivered batch's counts.
  func add(
    _ index: Int, posts: Int, malformed: Int, skipped: Int, duplicates: Int, edits: Int, implausibleTimes: Int = 0
  ) {
    monitor.withLock {
      counts[index].implausibleTimes += implausibleTimes
      counts[index].posts += posts
      counts[index].malformed += malformed
      counts[index].skipped += skipped
      counts[index].duplicates += duplicates
      counts[index].edits += edits
    }
  }

  /// Keeps the last `keptErrors` errors (a ring).
  func addErrors(_ new: [IngestError]) {
    guard !new.isEmpty else { return }
    monitor.withLock {
      for error in new.suffix(Self.keptErrors) {
        if errors.count < Self.keptErrors {
          errors.append(error)
        } else {
          errors[errorStart] = error
          errorStart = (errorStart + 1) % Self.keptErrors
        }
      }
    }
  }

  func recentErrors() -> [IngestError] {
    monitor.withLock { Array(errors[errorStart...] + errors[..<errorStart]) }
  }

  func stats() -> IngestStats {
    monitor.withLock {
      var stats = IngestStats(sources: counts)
      stats.rejectedClients = rejectedClients
      stats.replayLate = replayLate
      return stats
    }
  }

  func sourceStatuses() -> [SourceStatus] {
    monitor.withLock {
      var result = statuses
      for i in result.indices {
        result[i].posts = counts[i].posts
        result[i].malformed = counts[i].malformed
      }
      return result
    }
  }
}
