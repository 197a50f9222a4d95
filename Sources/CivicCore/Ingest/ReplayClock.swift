/// Maps post times to wall-clock times for `--replay`: the post at `base` is due at `wallStart` (monotonic
/// seconds, see `SystemClock.monotonic()`), and every millisecond of post time after it takes `1 / speed`
/// milliseconds of wall time.
struct ReplayClock {
  let speed: Double
  /// The post time playback started from (the earliest buffered post's).
  let base: EpochMillis
  /// When the post at `base` was due.
  let wallStart: Double

  /// The wall time (monotonic seconds) at which a post with this time is due.
  func due(_ time: EpochMillis) -> Double { wallStart + Double(time - base) / 1000 / speed }

  /// Seconds from `wall` until a post with this time is due (zero or less: due already).
  func delay(until time: EpochMillis, atWall wall: Double) -> Double { due(time) - wall }
}
