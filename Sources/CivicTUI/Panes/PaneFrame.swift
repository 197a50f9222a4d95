/// A pane's chrome: the title row (a rule with the title and optional column labels) and, when the pane has a
/// neighbour on its left, a vertical separator.
public struct PaneFrame {
  public var pane: PaneID
  public var rect: Rect
  public var focused: Bool

  public init(pane: PaneID, rect: Rect, focused: Bool) {
    self.pane = pane
    self.rect = rect
    self.focused = focused
  }

  /// Draws the frame. `title` follows the pane name; `labels` are (column, text) pairs placed on the title row
  /// relative to the content's left edge.
  public func draw(title: String, labels: [(Int, String)] = [], context: RenderContext) {
    guard !rect.isEmpty else { return }
    let theme = context.theme
    let glyphs = context.glyphs
    let borderStyle = theme.style(focused ? .borderFocused : .border)
    let hasSeparator = rect.x > 0
    if hasSeparator {
      for y in rect.y..<rect.maxY {
        context.screen.put(String(glyphs.vertical), x: rect.x, y: y, style: borderStyle, maxWidth: 1)
      }
    }
    let left = rect.x + (hasSeparator ? 1 : 0)
    let width = rect.width - (hasSeparator ? 1 : 0)
    guard width > 0 else { return }
    let rule = String(repeating: glyphs.horizontal, count: width)
    context.screen.put(rule, x: left, y: rect.y, style: borderStyle, maxWidth: width)
    let name = " \(pane.title) "
    let nameWidth = context.screen.put(
      name, x: left + 1, y: rect.y, style: theme.style(focused ? .titleFocused : .title), maxWidth: width - 1)
    var end = left + 1 + nameWidth
    if !title.isEmpty, end + 2 < left + width {
      end += context.screen.put(
        " \(title) ", x: end, y: rect.y, style: theme.style(.dim), maxWidth: left + width - end)
    }
    for (column, label) in labels where left + column > end {
      context.screen.put(
        " \(label) ", x: left + column - 1, y: rect.y, style: theme.style(.title),
        maxWidth: left + width - (left + column - 1))
    }
  }
}
