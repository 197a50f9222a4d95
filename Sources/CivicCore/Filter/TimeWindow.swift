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

  /// The window in the officer's local time (as the Posts pane shows post times): "last 1h",
  /// "since 2026-11-27 09:00:00", "2026-11-27 09:00:00 to 2026-11-27 17:00:00", "before 2026-11-27 17:00:00"; empty
  /// for `.all`. A range whose ends are all local midnights is written in whole days, its last day included (as
  /// `to=DATE` is typed): "2026-11-27" (that one day), "2026-11-27 to 2026-11-29", "since 2026-11-27",
  /// "through 2026-11-29".
  public var description: String {
    switch self {
    case .all: return ""
    case .last(let span): return "last \(TimeSpec.shortDuration(span))"
    case .between(nil, nil): return ""
    case .between(let from, let to):
      if [from, to].allSatisfy({ $0.map(TimeSpec.isLocalMidnight) ?? true }) {
        let first = from.map(TimeSpec.localDate)
        // The exclusive end is the midnight after the last day: the millisecond before it names that day.
        let last = to.map { TimeSpec.localDate($0 - 1) }
        switch (first, last) {
        case (let first?, let last?): return first == last ? first : "\(first) to \(last)"
        case (let first?, nil): return "since \(first)"
        case (nil, let last?): return "through \(last)"
        case (nil, nil): return ""
        }
      }
      switch (from, to) {
      case (let from?, let to?): return "\(TimeSpec.localTime(from)) to \(TimeSpec.localTime(to))"
      case (let from?, nil): return "since \(TimeSpec.localTime(from))"
      case (nil, let to?): return "before \(TimeSpec.localTime(to))"
      case (nil, nil): return ""
      }
    }
  }
}
