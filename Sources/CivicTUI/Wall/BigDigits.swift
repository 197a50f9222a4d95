/// Large figures drawn with block characters for the wall display: a 3x5 pixel font of digits, `:`, `-`, `.`,
/// `%` and space, each pixel drawn as a block of `pixelWidth` x `pixelHeight` cells (two cells wide per row
/// makes a square-looking pixel). Characters the font lacks are drawn as a blank.
public struct BigDigits: Sendable, Hashable {
  /// Cells per font pixel, across and down.
  public var pixelWidth: Int
  public var pixelHeight: Int
  /// What an "on" pixel cell shows (a full block, or `#` where only ASCII can be shown).
  public var ink: String

  public static let fontHeight = 5

  public init(pixelWidth: Int = 1, pixelHeight: Int = 1, ink: String = "█") {
    self.pixelWidth = max(1, pixelWidth)
    self.pixelHeight = max(1, pixelHeight)
    self.ink = ink
  }

  /// Rows of the 3-pixel-wide font, top first ('#' = on).
  static let font: [Character: [String]] = [
    "0": ["###", "#.#", "#.#", "#.#", "###"],
    "1": [".#.", "##.", ".#.", ".#.", "###"],
    "2": ["###", "..#", "###", "#..", "###"],
    "3": ["###", "..#", "###", "..#", "###"],
    "4": ["#.#", "#.#", "###", "..#", "..#"],
    "5": ["###", "#..", "###", "..#", "###"],
    "6": ["###", "#..", "###", "#.#", "###"],
    "7": ["###", "..#", "..#", "..#", "..#"],
    "8": ["###", "#.#", "###", "#.#", "###"],
    "9": ["###", "#.#", "###", "..#", "###"],
    "-": ["...", "...", "###", "...", "..."],
    "%": ["#.#", "..#", ".#.", "#..", "#.#"],
    ":": [".", "#", ".", "#", "."],
    ".": [".", ".", ".", ".", "#"],
    " ": [".", ".", ".", ".", "."],
  ]

  /// Font pixels across one character (3, or 1 for `:` `.` and space).
  static func pixels(of character: Character) -> Int {
    font[character]?.first?.count ?? 1
  }

  /// Cells across `text` drawn large (one blank pixel between characters).
  public func width(of text: String) -> Int {
    guard !text.isEmpty else { return 0 }
    let pixels = text.reduce(0) { $0 + Self.pixels(of: $1) } + text.count - 1
    return pixels * pixelWidth
  }

  /// Cells down.
  public var height: Int { Self.fontHeight * pixelHeight }

  /// The text drawn large, as `height` rows of exactly `width(of:)` cells; "off" pixels are spaces.
  public func rows(_ text: String) -> [String] {
    let on = String(repeating: ink, count: pixelWidth)
    let off = String(repeating: " ", count: pixelWidth)
    var rows: [String] = []
    for fontRow in 0..<Self.fontHeight {
      var line = ""
      for (index, character) in text.enumerated() {
        if index > 0 { line += off }
        let pattern = Self.font[character]?[fontRow] ?? "."
        for pixel in pattern { line += pixel == "#" ? on : off }
      }
      rows.append(contentsOf: Array(repeating: line, count: pixelHeight))
    }
    return rows
  }

  /// Draws `text` large with its top-left corner at (x, y), clipped to `clip`. Only the ink is drawn in
  /// `style`; blank pixels are drawn plain so the background shows through.
  public func draw(_ text: String, x: Int, y: Int, style: TextStyle, clip: Rect, on screen: any Screen) {
    for (offset, row) in rows(text).enumerated() {
      let rowY = y + offset
      guard rowY >= clip.y, rowY < clip.maxY else { continue }
      var column = x
      for cell in row {
        if column >= clip.x, column < clip.maxX {
          let isInk = cell != " "
          screen.put(String(cell), x: column, y: rowY, style: isInk ? style : .plain, maxWidth: 1)
        }
        column += 1
      }
    }
  }

  /// The largest font size whose rendering of every text fits in `width` cells and `height` rows, with pixels
  /// about twice as wide as tall (so they look square); the smallest size when none fits.
  public static func fitting(_ texts: [String], width: Int, height: Int, ink: String) -> BigDigits {
    for pixelWidth in stride(from: 6, through: 1, by: -1) {
      let pixelHeight = max(1, (pixelWidth + 1) / 2)
      let digits = BigDigits(pixelWidth: pixelWidth, pixelHeight: pixelHeight, ink: ink)
      if digits.height <= height, texts.allSatisfy({ digits.width(of: $0) <= width }) { return digits }
    }
    return BigDigits(pixelWidth: 1, pixelHeight: 1, ink: ink)
  }
}
