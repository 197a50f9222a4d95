#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The process's local time zone (`TZ`, daylight saving included), read through the C library as the Posts pane
/// reads it, so that it follows `TZ` as set when the program (or a test) runs.
///
/// A wall-clock time is given as "wall seconds": the seconds since the epoch that the same date and time would be
/// in UTC. Converting one to an instant follows one rule at the clock changes:
/// - a local time that does not exist (skipped when the clocks go forward) is read with the offset in force just
///   before the change, so 01:30 on the UK's spring-forward day is the instant shown as 02:30 (one hour later);
/// - a local time that occurs twice (when the clocks go back) is its first occurrence, so 01:30 on the UK's
///   autumn day is 01:30 BST (00:30 UTC), not 01:30 GMT.
public enum LocalTime {
  /// Seconds east of UTC of the local zone at `instant` (epoch seconds); 0 when the C library cannot say.
  public static func offset(at instant: Int) -> Int {
    var time = time_t(instant)
    var parts = tm()
    guard localtime_r(&time, &parts) != nil else { return 0 }
    return Int(parts.tm_gmtoff)
  }

  /// The instant (epoch seconds) at which local clocks read `wall`, by the rule above.
  public static func instant(wall: Int) -> Int {
    // Offsets around `wall`: a zone changes its offset at most once in a day, so the one in force a day before
    // and a day after (and the one near `wall` itself) include every offset a clock reading `wall` can have.
    let before = offset(at: wall - 86_400)
    var first: Int?
    for candidate in [before, offset(at: wall), offset(at: wall + 86_400)] {
      let instant = wall - candidate
      if offset(at: instant) == candidate { first = min(first ?? instant, instant) }
    }
    return first ?? wall - before
  }

  /// The local wall seconds of `instant` (epoch seconds).
  public static func wall(at instant: Int) -> Int {
    instant + offset(at: instant)
  }
}
