/// The time windows the Services pane can show; the raw value is the length in minutes.
public enum AnalyticsWindow: Int, Sendable, CaseIterable {
  case fifteenMinutes = 15
  case oneHour = 60
  case oneDay = 1440

  public var minutes: Int { rawValue }

  /// Short label for headers ("15m", "1h", "24h").
  public var label: String {
    switch self {
    case .fifteenMinutes: return "15m"
    case .oneHour: return "1h"
    case .oneDay: return "24h"
    }
  }

  /// The next window in `allCases` order, wrapping around (what the `w` key does).
  public var next: AnalyticsWindow {
    let all = AnalyticsWindow.allCases
    let index = all.firstIndex(of: self) ?? 0
    return all[(index + 1) % all.count]
  }
}
