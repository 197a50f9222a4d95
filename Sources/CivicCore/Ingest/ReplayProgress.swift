/// How far a `--replay` has got, for `IngestEngine.replayTime()`: its clock, held back at the earliest post still
/// waiting in the buffer, so the time it gives never runs ahead of a post that is due but not yet delivered
/// (however fast the replay, however busy the delivery thread), and never goes back. With no post waiting (the
/// archive played to its end, or the input has not caught up), it holds at the latest post played: the dashboard
/// then shows the archive as it stood at its last post rather than emptying its windows as the clock runs on.
///
/// Held back, a consumer counting on this time (the analytics' allowed lateness is 20 s of post time, 7 ms of
/// wall time at 3000x) never closes a minute whose posts are still on their way.
struct ReplayProgress {
  let clock: ReplayClock
  /// The time of the earliest post waiting in the buffer; nil when none waits.
  var waiting: EpochMillis?
  /// The time of the latest post played so far; nil before the first.
  var played: EpochMillis?
  /// The latest time given so far.
  private(set) var reached: EpochMillis

  init(clock: ReplayClock, waiting: EpochMillis?) {
    self.clock = clock
    self.waiting = waiting
    reached = clock.base
  }

  /// The time reached at `wall` (monotonic seconds): the clock's, but not past `waiting` (or, when none waits,
  /// past `played`), nor before a time already given.
  mutating func time(atWall wall: Double) -> EpochMillis {
    var time = clock.time(atWall: wall)
    if let limit = waiting ?? played { time = min(time, limit) }
    reached = max(reached, time)
    return reached
  }
}
