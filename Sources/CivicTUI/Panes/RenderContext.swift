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

  /// A whole series (oldest first) as a sparkline of exactly `width` cells, scaled to its largest cell: with more
  /// values than cells each cell shows the average of the values it spans (see `fold`), so the line always covers
  /// the whole series (the last 60 minutes in 20 cells: 3 minutes a cell). Cells before the series are blank.
  public func sparkline(_ values: [Int], width: Int) -> String {
    guard width > 0 else { return "" }
    let shown = Self.fold(values, into: width)
    return String(repeating: " ", count: width - shown.count) + glyphs.sparkline(shown)
  }

  /// The series in at most `width` cells. With more values than cells, cell `i` spans values
  /// `i * n / width ..< (i + 1) * n / width` (n values) and holds their average in tenths, rounded, so cells that
  /// span one value more or less stay comparable.
  public static func fold(_ values: [Int], into width: Int) -> [Int] {
    guard width > 0 else { return [] }
    let count = values.count
    guard count > width else { return values }
    return (0..<width).map { cell in
      let span = values[cell * count / width..<(cell + 1) * count / width]
      return (span.reduce(0, +) * 10 + span.count / 2) / span.count
    }
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
