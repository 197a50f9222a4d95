/// A terminal-like grid the dashboard draws on. `NcursesScreen` is the real terminal; `CellBuffer` is an in-memory
/// grid for tests. Only the UI thread uses a screen.
///
/// Coordinates are cells from the top-left corner (0, 0). Every text drawn is sanitised by
/// `DisplayWidth.glyphs(of:asciiOnly:)` and clipped, so nothing a post contains can reach the terminal raw.
public protocol Screen: AnyObject {
  /// Current size in cells.
  var size: ScreenSize { get }
  /// True when only ASCII can be shown (the locale is not UTF-8); panes then use ASCII glyphs.
  var asciiOnly: Bool { get }
  /// Draws text starting at (x, y) in at most `maxWidth` cells (and never past the right edge).
  /// A wide character that does not fit is replaced by spaces. Returns the cells written.
  @discardableResult
  func put(_ text: String, x: Int, y: Int, style: TextStyle, maxWidth: Int) -> Int
  /// Fills a rectangle with one character (a space to clear it). The default draws it row by row with `put`.
  func fill(_ rect: Rect, with character: Character, style: TextStyle)
  /// Clears the whole drawing area (the next flush sends only what changed).
  func erase()
  func setCursorVisible(_ visible: Bool)
  /// Sends the frame to the terminal.
  func flush()
  /// Makes the next flush repaint everything (Ctrl-L).
  func invalidate()
  /// Reads one pending key without waiting; `nil` when none is pending.
  func readKey() -> Key?
  /// File descriptor to poll for input, or -1 when there is none.
  var inputDescriptor: Int32 { get }
}

extension Screen {
  @discardableResult
  public func put(_ text: String, x: Int, y: Int, style: TextStyle) -> Int {
    put(text, x: x, y: y, style: style, maxWidth: Int.max)
  }

  public var bounds: Rect { Rect(x: 0, y: 0, width: size.width, height: size.height) }

  public func fill(_ rect: Rect, with character: Character, style: TextStyle) {
    let area = rect.intersection(bounds)
    guard !area.isEmpty else { return }
    let line = String(repeating: String(character), count: area.width)
    for y in area.y..<area.maxY { put(line, x: area.x, y: y, style: style, maxWidth: area.width) }
  }
}

/// A size in terminal cells.
public struct ScreenSize: Sendable, Hashable {
  public var width: Int
  public var height: Int

  public init(width: Int, height: Int) {
    self.width = width
    self.height = height
  }
}
