/// The time part of a filter: everything, the last N milliseconds before now, or a fixed interval.
public enum TimeWindow: Sendable, Hashable {
  case all
  /// Posts whose time is within this many milliseconds before now.
  case last(EpochMillis)
  /// Posts from `from` (inclusive) to `to` (exclusive); either end may be open.
  case between(from: EpochMillis?, to: EpochMillis?)

  /// The presets the filter picker offers.
  public static let presets: [TimeWindow] = [.last(15 * 60_000), .last(3_600_000), .last(86_400_000)]

  /// Whether a post time lies in the window.
  public func contains(_ time: EpochMillis, now: EpochMillis) -> Bool {
    switch self {
    case .all: return true
    case .last(let span): return time >= now - span
    case .between(let from, let to):
      if let from, time < from { return false }
      if let to, time >= to { return false }
      return true
    }
  }

  /// "last 1h", "since 2026-11-27 09:00:00", "2026-11-27 09:00:00 to 2026-11-27 17:00:00"; empty for `.all`.
  public var description: String {
    switch self {
    case .all: return ""
    case .last(let span): return "last \(TimeSpec.shortDuration(span))"
    case .between(let from?, let to?):
      return "\(TimeSpec.spreadsheetTime(from)) to \(TimeSpec.spreadsheetTime(to))"
    case .between(let from?, nil): return "since \(TimeSpec.spreadsheetTime(from))"
    case .between(nil, let to?): return "before \(TimeSpec.spreadsheetTime(to))"
    case .between(nil, nil): return ""
    }
  }
}
