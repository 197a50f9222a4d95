/// What every pane draws with: the screen, the theme and the glyph set.
public struct RenderContext {
  public let screen: any Screen
  public let theme: Theme
  public let glyphs: Glyphs

  public init(screen: any Screen, theme: Theme, glyphs: Glyphs? = nil) {
    self.screen = screen
    self.theme = theme
    self.glyphs = glyphs ?? Glyphs.forScreen(asciiOnly: screen.asciiOnly)
  }

  public var asciiOnly: Bool { screen.asciiOnly }

  /// Text cut or padded to exactly `cells` cells.
  public func fit(_ text: String, _ cells: Int, alignRight: Bool = false) -> String {
    DisplayWidth.fit(text, toCells: cells, alignRight: alignRight, asciiOnly: asciiOnly)
  }

  /// Text cut to at most `cells` cells with the glyph set's ellipsis.
  public func truncate(_ text: String, _ cells: Int) -> String {
    DisplayWidth.truncate(text, toCells: cells, ellipsis: glyphs.ellipsis, asciiOnly: asciiOnly)
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
