/// What every pane draws with: the screen, the theme and the glyph set (from the terminal profile; by default
/// Unicode, or ASCII when the screen can show only ASCII).
public struct RenderContext {
  public let screen: any Screen
  public let theme: Theme
  public let glyphs: Glyphs

  public init(screen: any Screen, theme: Theme, glyphs: Glyphs? = nil) {
    self.screen = screen
    self.theme = theme
    self.glyphs = glyphs ?? (screen.asciiOnly ? .ascii : .unicode)
  }

  public var asciiOnly: Bool { screen.asciiOnly }

  /// Text cut or padded to exactly `cells` cells.
  public func fit(_ text: String, _ cells: Int, alignRight: Bool = false) -> String {
    DisplayWidth.fit(text, toCells: cells, alignRight: alignRight, asciiOnly: asciiOnly)
  }

  /// Text cut to at most `cells` cells with the glyph set's ellipsis.
  public func truncate(_ text: String, _ cells: Int) -> String {
    DisplayWidth.truncate(text, toCells: cells, ellipsis: String(glyphs.ellipsis), asciiOnly: asciiOnly)
  }

  /// The last `width` values of a series as a sparkline of exactly `width` cells (older minutes without data are
  /// blank), scaled to the largest value shown.
  public func sparkline(_ values: [Int], width: Int) -> String {
    guard width > 0 else { return "" }
    let shown = Array(values.suffix(width))
    return String(repeating: " ", count: width - shown.count) + glyphs.sparkline(shown)
  }

  /// Draws a sequence of styled pieces left to right from (x, y) within `width` cells; returns cells used.
  @discardableResult
  public func draw(_ pieces: [(String, TextStyle)], x: Int, y: Int, width: Int) -> Int {
    var used = 0
    for (text, style) in pieces where used < width {
      used += screen.put(text, x: x + used, y: y, style: style, maxWidth: width - used)
    }
    return used
  }
}
