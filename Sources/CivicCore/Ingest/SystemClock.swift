#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Clock, sleep and machine facts without Foundation (cheap enough for hot paths).
public enum SystemClock {
  /// Wall-clock time in milliseconds since the Unix epoch.
  public static func nowMillis() -> EpochMillis {
    var ts = timespec()
    clock_gettime(CLOCK_REALTIME, &ts)
    return EpochMillis(ts.tv_sec) * 1000 + EpochMillis(ts.tv_nsec / 1_000_000)
  }

  /// Monotonic seconds, for measuring intervals.
  public static func monotonic() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
  }

  /// Sleeps for `seconds` (no-op when not positive).
  public static func sleep(_ seconds: Double) {
    guard seconds > 0 else { return }
    var ts = timespec(tv_sec: Int(seconds), tv_nsec: Int((seconds - Double(Int(seconds))) * 1e9))
    var rest = timespec()
    while nanosleep(&ts, &rest) != 0 && errno == EINTR { ts = rest }
  }

  /// Number of online processors (at least 1).
  public static var onlineCores: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }
}
