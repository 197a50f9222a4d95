import CivicCore

/// The header line: product name, wall-clock time (or, replaying, the replay's speed, date and time), sources and
/// their state, posts per minute and alerts.
public struct HeaderBar {
  /// Fewer cells than this for the sources and the header leaves them out rather than show a stub.
  static let shortestSources = 8

  public init() {}

  public func draw(view: DashboardView, layout: DashboardLayout, context: RenderContext) {
    let rect = layout.header
    guard !rect.isEmpty else { return }
    let theme = context.theme
    let style = theme.style(.header)
    let sep = " \(context.glyphs.vertical) "
    context.screen.fill(rect, with: " ", style: style)
    let lead = " CivicPulse" + sep + Self.clockText(view, separator: sep)
    func cells(_ text: String) -> Int { DisplayWidth.width(of: text, asciiOnly: context.asciiOnly) }
    var tail: [(String, TextStyle)] = [(sep + Formatting.arrivals(view), style)]
    if !view.activeAlerts.isEmpty {
      let room = rect.width - cells(lead) - cells(tail[0].0) - 1
      let names = view.activeAlerts.map(\.serviceName)
      tail.append((" ", style))
      tail.append((Self.alertText(names, room: room, context: context), theme.style(.alert)))
    }
    // The sources give way first: cut with an ellipsis (or left out) so the arrival figure and the alerts stay.
    let room = rect.width - cells(lead) - tail.reduce(0) { $0 + cells($1.0) } - cells(sep)
    let sources = Formatting.sources(view.sources)
    var pieces: [(String, TextStyle)] = [(lead, style)]
    if cells(sources) <= room {
      pieces.append((sep + sources, style))
    } else if room >= Self.shortestSources {
      pieces.append((sep + context.truncate(sources, room), style))
    }
    context.draw(pieces + tail, x: rect.x, y: rect.y, width: rect.width)
  }

  /// The header's clock: the time of day, or for a replay "replay 60x │ 10 May 2024 09:24:10" (its date too, since
  /// an archive's day is rarely today), "replay 60x │ buffering" before it plays.
  static func clockText(_ view: DashboardView, separator: String) -> String {
    guard let replay = view.replay else { return Formatting.clock(view.now) }
    return replay.label + separator + (replay.playing ? Formatting.dateTime(view.now) : "buffering")
  }

  /// " ALERTS: a, b " in at most `room` cells: every name (newest first) when they fit, else as many whole names as
  /// fit, then the next one cut with an ellipsis when at least `shortestCut` cells of it fit, and "+N more" for the
  /// rest; so a name is never cut silently at the screen's edge and the number of alerts is always readable.
  static func alertText(_ names: [String], room: Int, context: RenderContext) -> String {
    func cells(_ text: String) -> Int { DisplayWidth.width(of: text, asciiOnly: context.asciiOnly) }
    let head = names.count == 1 ? " ALERT: " : " ALERTS: "
    func more(after shown: Int) -> String {
      names.count > shown ? " +\(names.count - shown) more " : " "
    }
    let whole =
      (0...names.count).last { shown in
        shown == 0 || cells(head + names.prefix(shown).joined(separator: ", ") + more(after: shown)) <= room
      } ?? 0
    let shown = head + names.prefix(whole).joined(separator: ", ")
    guard whole < names.count else { return shown + " " }
    // The next name, cut: it counts as shown.
    let lead = shown + (whole > 0 ? ", " : "")
    let available = room - cells(lead) - cells(more(after: whole + 1))
    if available >= Self.shortestCut {
      return lead + context.truncate(names[whole], available) + more(after: whole + 1)
    }
    if whole > 0 { return shown + more(after: whole) }
    return context.truncate(head + (names.count == 1 ? names[0] : "\(names.count)") + " ", max(0, room))
  }

  /// The fewest cells worth showing of a cut service name (with its ellipsis).
  static let shortestCut = 6
}
