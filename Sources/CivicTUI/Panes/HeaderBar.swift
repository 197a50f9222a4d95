import CivicCore

/// The header line: product name, wall-clock time, sources and their state, posts per minute and alerts.
public struct HeaderBar {
  public init() {}

  public func draw(view: DashboardView, layout: DashboardLayout, context: RenderContext) {
    let rect = layout.header
    guard !rect.isEmpty else { return }
    let theme = context.theme
    let style = theme.style(.header)
    let sep = " \(context.glyphs.vertical) "
    context.screen.fill(rect, with: " ", style: style)
    var pieces: [(String, TextStyle)] = [
      (" CivicPulse", style), (sep + Formatting.clock(view.now), style),
    ]
    let sources =
      view.sources.isEmpty
      ? "no sources" : view.sources.map { "\($0.name): \($0.state.rawValue)" }.joined(separator: ", ")
    pieces.append((sep + sources, style))
    pieces.append((sep + Formatting.arrivals(view), style))
    if !view.activeAlerts.isEmpty {
      let names = view.activeAlerts.map(\.serviceName).joined(separator: ", ")
      let noun = view.activeAlerts.count == 1 ? "ALERT" : "ALERTS"
      pieces.append((" ", style))
      pieces.append((" \(noun): \(names) ", theme.style(.alert)))
    }
    context.draw(pieces, x: rect.x, y: rect.y, width: rect.width)
  }
}
