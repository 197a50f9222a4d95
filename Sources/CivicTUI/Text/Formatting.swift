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
    let parts = localParts(time)
    let h = two(Int(parts.tm_hour))
    let m = two(Int(parts.tm_min))
    return seconds ? "\(h):\(m):\(two(Int(parts.tm_sec)))" : "\(h):\(m)"
  }

  /// Local date of an instant: "2026-11-27".
  public static func day(_ time: EpochMillis) -> String {
    let parts = localParts(time)
    return "\(Int(parts.tm_year) + 1900)-\(two(Int(parts.tm_mon) + 1))-\(two(Int(parts.tm_mday)))"
  }

  /// Local date and time of an instant, for a clock that is not today's (a replay): "10 May 2024 09:24:10".
  public static func dateTime(_ time: EpochMillis) -> String {
    date(time) + " " + clock(time)
  }

  /// Local date of an instant as the replay's clock writes it: "10 May 2024".
  public static func date(_ time: EpochMillis) -> String {
    let parts = localParts(time)
    let name = monthNames[min(max(Int(parts.tm_mon), 0), 11)]
    return "\(two(Int(parts.tm_mday))) \(name) \(Int(parts.tm_year) + 1900)"
  }

  /// A post's time in the Posts pane's time column of `cells` (8 or 5) cells: the local wall-clock time for a post
  /// of `now`'s local day ("14:03:22", or "14:03" in 5 cells), else its date, so that an archive's or a backdated
  /// post does not pass for today's: "Jan 08" ("01-08") in `now`'s year, "Oct 2025" ("2025") in another.
  public static func postTime(_ time: EpochMillis, now: EpochMillis, cells: Int) -> String {
    let post = localParts(time)
    let today = localParts(now)
    let wide = cells >= 8
    if post.tm_year == today.tm_year && post.tm_yday == today.tm_yday { return clock(time, seconds: wide) }
    let month = Int(post.tm_mon)
    let name = monthNames[min(max(month, 0), 11)]
    if post.tm_year == today.tm_year {
      return wide ? "\(name) \(two(Int(post.tm_mday)))" : "\(two(month + 1))-\(two(Int(post.tm_mday)))"
    }
    let value = Int(post.tm_year) + 1900
    let year = String(value.magnitude)
    let padded = (value < 0 ? "-" : "") + String(repeating: "0", count: max(0, 4 - year.count)) + year
    return wide ? "\(name) \(padded)" : padded
  }

  private static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

  /// The local calendar fields of an instant.
  private static func localParts(_ time: EpochMillis) -> tm {
    var t = time_t(time / 1000)
    var parts = tm()
    localtime_r(&t, &parts)
    return parts
  }

  /// "1 post", "12,345 posts": a count with thousands separators and its noun, singular for exactly 1.
  public static func count(_ value: Int, _ noun: String, plural: String? = nil) -> String {
    Plural.count(value, noun, plural: plural, number: { count($0) })
  }

  /// The header's arrival figure: "42 posts/min", or "18 posts in 7s" while the first minute fills. The figure
  /// counts posts in the last minute, so it is a whole number ("0 posts/min", never "0.0").
  public static func arrivals(_ view: DashboardView) -> String {
    let n = view.postsPerMinute.isFinite ? max(0, Int(view.postsPerMinute.rounded())) : 0
    guard view.rateSeconds < 60 else { return count(n, "post") + "/min" }
    return "\(count(n, "post")) in \(max(1, view.rateSeconds))s"
  }

  /// The sources for one line (the header, the wall's title): each by its file name, not its full path
  /// ("api-stream-small.json: following"); `d` lists the full paths.
  public static func sources(_ sources: [SourceStatus]) -> String {
    guard !sources.isEmpty else { return "no sources" }
    return sources.map { "\(fileName($0.name)): \($0.state.rawValue)" }.joined(separator: ", ")
  }

  /// The last component of a path ("/a/b/feed.jsonl" -> "feed.jsonl"); names without a slash as they are.
  public static func fileName(_ path: String) -> String {
    let last = path.split(separator: "/", omittingEmptySubsequences: true).last
    return last.map(String.init) ?? path
  }

  /// A rate with one decimal under 10, whole numbers above.
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
