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

  /// The post time the replay has reached at `wall` (monotonic seconds): `base` at `wallStart`, then `speed`
  /// milliseconds of post time per millisecond of wall time. Never before `base`; an offset beyond about 31,000
  /// years (an absurd speed left running) is held there rather than overflowing.
  func time(atWall wall: Double) -> EpochMillis {
    let offset = (wall - wallStart) * speed * 1000
    guard offset.isFinite else { return offset > 0 ? base &+ Self.longestOffset : base }
    return base &+ EpochMillis(min(max(0, offset), Double(Self.longestOffset)).rounded(.down))
  }

  /// The largest offset `time(atWall:)` adds to `base`, in milliseconds (about 31,700 years).
  static let longestOffset: EpochMillis = 1_000_000_000_000_000
}
