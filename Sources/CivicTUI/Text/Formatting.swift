import CivicCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Small number and time formats used by the panes.
public enum Formatting {
  /// 12345 -> "12,345".
  public static func count(_ value: Int) -> String {
    let digits = String(value.magnitude)
    var out = ""
    for (i, ch) in digits.enumerated() {
      if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
      out.append(ch)
    }
    return value < 0 ? "-" + out : out
  }

  /// Local wall-clock time of an instant: "14:03:22", or "14:03" without seconds.
  public static func clock(_ time: EpochMillis, seconds: Bool = true) -> String {
    var t = time_t(time / 1000)
    var parts = tm()
    localtime_r(&t, &parts)
    let h = two(Int(parts.tm_hour))
    let m = two(Int(parts.tm_min))
    return seconds ? "\(h):\(m):\(two(Int(parts.tm_sec)))" : "\(h):\(m)"
  }

  /// A rate with one decimal under 10, whole numbers above.
  /// The header's arrival figure: "42 posts/min", or "18 posts in 7s" while the first minute fills.
  public static func arrivals(_ view: DashboardView) -> String {
    guard view.rateSeconds < 60 else { return rate(view.postsPerMinute) + " posts/min" }
    let n = Int(view.postsPerMinute.rounded())
    return "\(count(n)) \(n == 1 ? "post" : "posts") in \(max(1, view.rateSeconds))s"
  }

  public static func rate(_ value: Double) -> String {
    guard value.isFinite, value >= 0 else { return "0" }
    if value < 10 {
      let tenths = Int((value * 10).rounded())
      return "\(tenths / 10).\(tenths % 10)"
    }
    return count(Int(value.rounded()))
  }

  private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
