/// A centred, bordered box of text lines over the dashboard (the alert list, the diagnostics view).
struct OverlayBox {
  var title: String
  /// Lines above the scrolling part (column headings); they stay in place.
  var header: [String]
  var lines: [String]
  var footer: String

  /// Draws the box; `top` is the first of `lines` shown. Returns `top` clamped to what fits.
  @discardableResult
  func draw(top: Int, context: RenderContext) -> Int {
    let size = context.screen.size
    // 78 cells, or wider (up to the screen) when a line needs it: a long source path would otherwise cut off the
    // counts after it.
    let widest = (header + lines + [footer]).map { DisplayWidth.width(of: $0, asciiOnly: context.asciiOnly) }.max() ?? 0
    let width = min(size.width, max(78, widest + 4))
    let height = max(3, min(size.height - 2, header.count + lines.count + 4))
    let x = (size.width - width) / 2
    let y = max(0, (size.height - height) / 2)
    let style = context.theme.style(.help)
    let glyphs = context.glyphs
    context.screen.fill(Rect(x: x, y: y, width: width, height: height), with: " ", style: style)
    let rule = String(repeating: glyphs.horizontal, count: max(0, width - 2))
    context.screen.put(
      String(glyphs.topLeft) + rule + String(glyphs.topRight), x: x, y: y, style: style, maxWidth: width)
    context.screen.put(" \(title) ", x: x + 2, y: y, style: style.selected(true), maxWidth: width - 4)
    context.screen.put(
      String(glyphs.bottomLeft) + rule + String(glyphs.bottomRight), x: x, y: y + height - 1, style: style,
      maxWidth: width)
    let inner = height - 2
    for row in 1...inner {
      context.screen.put(String(glyphs.vertical), x: x, y: y + row, style: style, maxWidth: 1)
      context.screen.put(String(glyphs.vertical), x: x + width - 1, y: y + row, style: style, maxWidth: 1)
    }
    let room = max(0, inner - header.count - 1)
    let clamped = max(0, min(top, lines.count - room))
    var row = y + 1
    for line in header {
      context.screen.put(line, x: x + 2, y: row, style: style.selected(true), maxWidth: width - 4)
      row += 1
    }
    for line in lines.dropFirst(clamped).prefix(room) {
      context.screen.put(line, x: x + 2, y: row, style: style, maxWidth: width - 4)
      row += 1
    }
    context.screen.put(footer, x: x + 2, y: y + height - 2, style: context.theme.style(.dim), maxWidth: width - 4)
    return clamped
  }
}
