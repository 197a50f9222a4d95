/// Draws the `f` picker: a centred box with the filter's conditions, the selected one highlighted, scrolled to
/// keep it in view, and its keys on the bottom edge.
public struct FilterPickerOverlay {
  public init() {}

  public func draw(_ picker: FilterPicker, context: RenderContext) {
    let size = context.screen.size
    let lines = picker.items.map(picker.line)
    let hint = " Space tick  Enter apply  : type  F clear  Esc "
    let innerWidth = max(lines.map { DisplayWidth.width(of: $0) }.max() ?? 0, DisplayWidth.width(of: hint))
    let width = min(size.width, innerWidth + 4)
    let height = min(size.height - 2, lines.count + 2)
    guard width >= 10, height >= 3 else { return }
    let box = Rect(x: (size.width - width) / 2, y: max(1, (size.height - height) / 2), width: width, height: height)
    let theme = context.theme
    let style = theme.style(.help)
    let glyphs = context.glyphs
    context.screen.fill(box, with: " ", style: style)
    let rule = String(repeating: glyphs.horizontal, count: width - 2)
    context.screen.put(
      String(glyphs.topLeft) + rule + String(glyphs.topRight), x: box.x, y: box.y, style: style, maxWidth: width)
    context.screen.put(
      String(glyphs.bottomLeft) + rule + String(glyphs.bottomRight), x: box.x, y: box.maxY - 1, style: style,
      maxWidth: width)
    context.screen.put(" Filter posts ", x: box.x + 2, y: box.y, style: style.selected(true), maxWidth: width - 4)
    context.screen.put(hint, x: box.x + 1, y: box.maxY - 1, style: style, maxWidth: width - 2)
    let visible = height - 2
    let top = min(max(0, picker.selected - visible / 2), max(0, lines.count - visible))
    for row in 0..<visible {
      let y = box.y + 1 + row
      context.screen.put(String(glyphs.vertical), x: box.x, y: y, style: style, maxWidth: 1)
      context.screen.put(String(glyphs.vertical), x: box.maxX - 1, y: y, style: style, maxWidth: 1)
      let index = top + row
      guard lines.indices.contains(index) else { continue }
      let selected = index == picker.selected
      context.screen.put(
        context.fit(lines[index], width - 4), x: box.x + 2, y: y, style: style.selected(selected), maxWidth: width - 4)
    }
  }
}
