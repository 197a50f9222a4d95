/// An in-memory screen: a grid of cells with text and style. Tests draw on it and read rows back.
public final class CellBuffer: Screen {
  /// One cell. A wide glyph fills its first cell; the cell after it is a continuation with empty text.
  public struct Cell: Sendable, Hashable {
    public var text: String
    public var style: TextStyle
    public var isContinuation: Bool

    public static let blank = Cell(text: " ", style: .plain, isContinuation: false)
  }

  public private(set) var size: ScreenSize
  public let asciiOnly: Bool
  public private(set) var cells: [[Cell]]
  public private(set) var cursorVisible = true
  public private(set) var flushCount = 0
  public private(set) var invalidated = false
  /// Keys `readKey()` returns, first first.
  public var pendingKeys: [Key] = []

  public init(width: Int, height: Int, asciiOnly: Bool = false) {
    size = ScreenSize(width: max(0, width), height: max(0, height))
    self.asciiOnly = asciiOnly
    cells = Array(repeating: Array(repeating: .blank, count: max(0, width)), count: max(0, height))
  }

  /// Changes the size; the content is cleared, as after a terminal resize.
  public func resize(width: Int, height: Int) {
    size = ScreenSize(width: max(0, width), height: max(0, height))
    cells = Array(repeating: Array(repeating: .blank, count: size.width), count: size.height)
  }

  @discardableResult
  public func put(_ text: String, x: Int, y: Int, style: TextStyle, maxWidth: Int) -> Int {
    guard y >= 0, y < size.height, x < size.width, maxWidth > 0 else { return 0 }
    let limit = min(size.width, x + min(maxWidth, size.width))
    var column = x
    for glyph in DisplayWidth.glyphs(of: text, asciiOnly: asciiOnly) {
      if column >= limit { break }
      if column + glyph.width > limit {
        while column < limit {
          set(x: column, y: y, Cell(text: " ", style: style, isContinuation: false))
          column += 1
        }
        break
      }
      if column >= 0 {
        set(x: column, y: y, Cell(text: glyph.text, style: style, isContinuation: false))
        if glyph.width == 2 { set(x: column + 1, y: y, Cell(text: "", style: style, isContinuation: true)) }
      }
      column += glyph.width
    }
    return max(0, column - max(x, 0))
  }

  public func erase() {
    cells = Array(repeating: Array(repeating: .blank, count: size.width), count: size.height)
  }

  public func setCursorVisible(_ visible: Bool) { cursorVisible = visible }
  public func flush() { flushCount += 1 }
  public func invalidate() { invalidated = true }

  public func readKey() -> Key? {
    pendingKeys.isEmpty ? nil : pendingKeys.removeFirst()
  }

  public var inputDescriptor: Int32 { -1 }

  /// The text of row `y` (wide glyphs appear once; their continuation cells add nothing).
  public func row(_ y: Int) -> String {
    guard y >= 0, y < size.height else { return "" }
    return cells[y].map(\.text).joined()
  }

  /// The whole screen as lines, trailing spaces kept.
  public var lines: [String] { (0..<size.height).map(row) }

  /// The style of the cell at (x, y).
  public func style(at x: Int, _ y: Int) -> TextStyle {
    guard y >= 0, y < size.height, x >= 0, x < size.width else { return .plain }
    return cells[y][x].style
  }

  /// The text of the cell at (x, y) ("" for the second half of a wide glyph).
  public func text(at x: Int, _ y: Int) -> String {
    guard y >= 0, y < size.height, x >= 0, x < size.width else { return "" }
    return cells[y][x].text
  }

  /// Column (cell index) where `needle` starts in row `y`, or `nil`.
  public func column(of needle: String, inRow y: Int) -> Int? {
    guard y >= 0, y < size.height else { return nil }
    let row = cells[y]
    for start in 0..<row.count where !row[start].isContinuation {
      var text = ""
      var x = start
      while x < row.count, text.unicodeScalars.count < needle.unicodeScalars.count {
        text += row[x].text
        x += 1
      }
      if text.hasPrefix(needle) { return start }
    }
    return nil
  }

  /// True when some row contains `needle`.
  public func contains(_ needle: String) -> Bool { lines.contains { $0.contains(needle) } }

  private func set(x: Int, y: Int, _ cell: Cell) {
    guard x >= 0, x < size.width else { return }
    // Overwriting half of a wide glyph blanks its other half, as a terminal does.
    if !cell.isContinuation, cells[y][x].isContinuation, x > 0 {
      cells[y][x - 1] = Cell(text: " ", style: cells[y][x - 1].style, isContinuation: false)
    }
    if !cells[y][x].isContinuation, x + 1 < size.width, cells[y][x + 1].isContinuation {
      cells[y][x + 1] = Cell(text: " ", style: cells[y][x + 1].style, isContinuation: false)
    }
    cells[y][x] = cell
  }
}
