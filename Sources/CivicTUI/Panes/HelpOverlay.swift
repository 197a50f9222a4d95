/// The help overlay: a centred box listing every key binding of the key map.
public struct HelpOverlay {
  public init() {}

  public func draw(keyMap: KeyMap, context: RenderContext) {
    let size = context.screen.size
    let labelWidth = keyMap.bindings.map { DisplayWidth.width(of: $0.label) }.max() ?? 0
    let lines =
      keyMap.bindings.map { context.fit($0.label, labelWidth) + "  " + $0.help }
      + ["", "Any key closes this help."]
    let innerWidth = lines.map { DisplayWidth.width(of: $0) }.max() ?? 0
    let width = min(size.width, innerWidth + 4)
    let height = min(size.height, lines.count + 2)
    let x = (size.width - width) / 2
    let y = (size.height - height) / 2
    let style = context.theme.style(.help)
    let box = Rect(x: x, y: y, width: width, height: height)
    context.screen.fill(box, with: " ", style: style)
    let glyphs = context.glyphs
    let rule = String(repeating: glyphs.horizontal, count: max(0, width - 2))
    context.screen.put(
      String(glyphs.topLeft) + rule + String(glyphs.topRight), x: x, y: y, style: style, maxWidth: width)
    context.screen.put(" Keys ", x: x + 2, y: y, style: style.selected(true), maxWidth: width - 4)
    if height >= 2 {
      context.screen.put(
        String(glyphs.bottomLeft) + rule + String(glyphs.bottomRight), x: x, y: y + height - 1, style: style,
        maxWidth: width)
    }
    for row in 1..<max(1, height - 1) {
      context.screen.put(String(glyphs.vertical), x: x, y: y + row, style: style, maxWidth: 1)
      context.screen.put(String(glyphs.vertical), x: x + width - 1, y: y + row, style: style, maxWidth: 1)
      if row - 1 < lines.count {
        context.screen.put(lines[row - 1], x: x + 2, y: y + row, style: style, maxWidth: width - 4)
      }
    }
  }
}
