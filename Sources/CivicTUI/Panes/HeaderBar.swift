import CivicCore

/// The header line: product name, wall-clock time, sources and their state, posts per minute and alerts.
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
    let lead = " CivicPulse" + sep + Formatting.clock(view.now)
    var tail: [(String, TextStyle)] = [(sep + Formatting.arrivals(view), style)]
    if !view.activeAlerts.isEmpty {
      let names = view.activeAlerts.map(\.serviceName).joined(separator: ", ")
      let noun = view.activeAlerts.count == 1 ? "ALERT" : "ALERTS"
      tail.append((" ", style))
      tail.append((" \(noun): \(names) ", theme.style(.alert)))
    }
    // The sources give way first: cut with an ellipsis (or left out) so the arrival figure and the alerts stay.
    func cells(_ text: String) -> Int { DisplayWidth.width(of: text, asciiOnly: context.asciiOnly) }
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
}
