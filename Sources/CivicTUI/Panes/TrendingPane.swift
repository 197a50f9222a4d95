import CivicCore

/// The Trending pane: top hashtags with their count and a rising / steady / falling marker.
public struct TrendingPane {
  public init() {}

  public func draw(
    view: DashboardView, state: DashboardState, layout: DashboardLayout, context: RenderContext
  ) {
    guard let rect = layout.panes[.trending] else { return }
    let focused = state.focus == .trending
    PaneFrame(pane: .trending, rect: rect, focused: focused).draw(
      title: view.countsFiltered ? "filtered" : "", context: context)
    let content = layout.content(.trending)
    guard !content.isEmpty else { return }
    let theme = context.theme
    if view.trending.isEmpty {
      context.screen.put(
        "no trending tags yet", x: content.x + 1, y: content.y, style: theme.style(.dim),
        maxWidth: content.width - 1)
      return
    }
    let scroll = state.scroll(.trending)
    let countWidth = 6
    let tagWidth = max(1, content.width - 3 - countWidth)
    for (offset, tag) in view.trending.dropFirst(scroll.top).prefix(content.height).enumerated() {
      let selected = focused && scroll.top + offset == scroll.selected
      let (marker, markerRole): (String, ThemeRole)
      switch tag.direction {
      case .rising: (marker, markerRole) = (String(context.glyphs.rising), .trendRising)
      case .steady: (marker, markerRole) = (String(context.glyphs.steady), .dim)
      case .falling: (marker, markerRole) = (String(context.glyphs.falling), .trendFalling)
      }
      let text = theme.style(.text).selected(selected)
      let markerStyle = theme.style(markerRole).selected(selected)
      let pieces: [(String, TextStyle)] = [
        (" " + context.fit(marker, 1) + " ", markerStyle),
        (context.fit(context.truncate("#" + tag.tag, tagWidth), tagWidth), text),
        (context.fit(Formatting.count(tag.count), countWidth, alignRight: true), text),
      ]
      context.draw(pieces, x: content.x, y: content.y + offset, width: content.width)
    }
  }
}
