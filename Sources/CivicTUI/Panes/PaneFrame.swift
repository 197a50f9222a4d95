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
  /// relative to the content's left edge. Labels are never covered: a title that does not fit between the name
  /// and the first label goes at the right end of the row when there is room after the last label, else
  /// `shortTitle` (when given and it fits) takes its place beside the name, else the title is cut to fit there.
  public func draw(title: String, shortTitle: String? = nil, labels: [(Int, String)] = [], context: RenderContext) {
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
    if let (text, x) = titlePlacement(
      title: title, shortTitle: shortTitle, labels: labels, nameEnd: end, left: left, width: width,
      context: context)
    {
      let used = context.screen.put(text, x: x, y: rect.y, style: theme.style(.dim), maxWidth: left + width - x)
      if x == end { end += used }
    }
    for (column, label) in labels where left + column > end {
      context.screen.put(
        " \(label) ", x: left + column - 1, y: rect.y, style: theme.style(.title),
        maxWidth: left + width - (left + column - 1))
    }
  }

  /// Where the title goes (padded text and screen x), or nil when it is left out.
  private func titlePlacement(
    title: String, shortTitle: String?, labels: [(Int, String)], nameEnd: Int, left: Int, width: Int,
    context: RenderContext
  ) -> (String, Int)? {
    guard !title.isEmpty, nameEnd + 2 < left + width else { return nil }
    let padded = " \(title) "
    // Without labels the title may be cut at the pane's edge (as before).
    guard !labels.isEmpty else { return (padded, nameEnd) }
    func cells(_ text: String) -> Int { DisplayWidth.width(of: text, asciiOnly: context.asciiOnly) }
    // One rule cell stays between the title and the first label.
    let firstLabel = labels.map { left + $0.0 - 1 }.min() ?? left + width
    if nameEnd + cells(padded) < firstLabel { return (padded, nameEnd) }
    let lastLabelEnd = labels.map { left + $0.0 - 1 + cells(" \($0.1) ") }.max() ?? nameEnd
    let rightX = left + width - 1 - cells(padded)
    if rightX > lastLabelEnd { return (padded, rightX) }
    if let shortTitle, !shortTitle.isEmpty, nameEnd + cells(" \(shortTitle) ") < firstLabel {
      return (" \(shortTitle) ", nameEnd)
    }
    let room = firstLabel - 1 - nameEnd
    return room >= 3 ? (" \(context.truncate(title, room - 2)) ", nameEnd) : nil
  }
}
