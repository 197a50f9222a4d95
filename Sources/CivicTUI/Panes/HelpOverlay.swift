/// The help overlay: a centred box listing every key binding of the key map, each with every key it accepts.
public struct HelpOverlay {
  public init() {}

  /// The state of `=` for the help overlay's notes.
  public static func countsNote(_ view: DashboardView) -> String {
    "Services and Trending count: " + (view.countsFollowFilter ? "the filtered posts (=)" : "all posts (=)")
  }

  /// True when the whole help (bindings, a blank line, `notes` lines, the closing line and the box) fits in
  /// `height` rows; when it does not, j/k and PgUp/PgDn scroll it (see `DashboardState.helpScrolls`).
  public static func fits(keyMap: KeyMap, notes: Int, height: Int) -> Bool {
    keyMap.helpRows.count + 1 + notes + 1 + 2 <= height
  }

  /// - Parameters:
  ///   - notes: lines shown under the bindings (current settings).
  ///   - top: the first line shown when the help is taller than the screen (`DashboardState.helpTop`: j/k,
  ///     PgUp/PgDn and g scroll it); clamped so the last line is never scrolled past.
  public func draw(keyMap: KeyMap, context: RenderContext, notes: [String] = [], top: Int = 0) {
    let size = context.screen.size
    let rows = keyMap.helpRows
    let keysWidth = rows.map { DisplayWidth.width(of: $0.keys) }.max() ?? 0
    var lines = rows.map { context.fit($0.keys, keysWidth) + "  " + $0.help } + [""] + notes
    let fits = Self.fits(keyMap: keyMap, notes: notes.count, height: size.height)
    lines.append(fits ? "Any key closes this help." : "j/k scroll, other keys close")
    let innerWidth = lines.map { DisplayWidth.width(of: $0) }.max() ?? 0
    let width = min(size.width, innerWidth + 4)
    let height = min(size.height, lines.count + 2)
    if !fits {
      // The closing hint stays on the last row; the lines above it scroll.
      let hint = lines.removeLast()
      let rows = max(1, height - 3)
      let first = max(0, min(top, lines.count - rows))
      lines = Array(lines[first..<min(lines.count, first + rows)]) + [hint]
    }
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
