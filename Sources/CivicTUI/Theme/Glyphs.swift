/// The characters the dashboard draws with, chosen by the terminal profile: Unicode box drawing, blocks and
/// symbols where the terminal and locale can show them, plain ASCII where they cannot.
public struct Glyphs: Sendable, Hashable {
  public var horizontal: Character
  public var vertical: Character
  public var topLeft: Character
  public var topRight: Character
  public var bottomLeft: Character
  public var bottomRight: Character
  /// Tees where an inner line meets a border: `├` `┤` `┬` `┴`, and the crossing `┼`.
  public var teeRight: Character
  public var teeLeft: Character
  public var teeDown: Character
  public var teeUp: Character
  public var cross: Character
  /// Sparkline levels from lowest (no activity) to highest.
  public var sparkline: [Character]
  /// A full cell, for the wall display's large digits.
  public var block: Character
  public var complaint: Character
  public var alert: Character
  public var rising: Character
  public var falling: Character
  public var steady: Character
  /// Marks text cut to fit; one cell wide in both sets.
  public var ellipsis: Character

  public static let unicodeBoxes = Glyphs(
    horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
    teeRight: "├", teeLeft: "┤", teeDown: "┬", teeUp: "┴", cross: "┼")
  public static let asciiBoxes = Glyphs(
    horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
    teeRight: "+", teeLeft: "+", teeDown: "+", teeUp: "+", cross: "+")

  /// Everything Unicode: box drawing, block sparklines, symbol markers.
  public static let unicode = unicodeBoxes.with(symbols: true)
  /// Everything ASCII, for non-UTF-8 locales and terminals without line drawing.
  public static let ascii = asciiBoxes.with(symbols: false)

  private init(
    horizontal: Character, vertical: Character, topLeft: Character, topRight: Character, bottomLeft: Character,
    bottomRight: Character, teeRight: Character, teeLeft: Character, teeDown: Character, teeUp: Character,
    cross: Character
  ) {
    self.horizontal = horizontal
    self.vertical = vertical
    self.topLeft = topLeft
    self.topRight = topRight
    self.bottomLeft = bottomLeft
    self.bottomRight = bottomRight
    self.teeRight = teeRight
    self.teeLeft = teeLeft
    self.teeDown = teeDown
    self.teeUp = teeUp
    self.cross = cross
    (sparkline, block, complaint, alert, rising, falling, steady, ellipsis) = Self.asciiSymbols
  }

  private typealias Symbols = (
    sparkline: [Character], block: Character, complaint: Character, alert: Character, rising: Character,
    falling: Character, steady: Character, ellipsis: Character
  )
  private static let unicodeSymbols: Symbols = (
    ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"], "█", "●", "!", "▲", "▼", "•", "…"
  )
  private static let asciiSymbols: Symbols = (
    ["_", ".", ":", "-", "=", "+", "*", "#", "%", "@"], "#", "*", "!", "^", "v", "=", "~"
  )

  /// These borders with Unicode (`true`) or ASCII sparkline blocks and markers.
  public func with(symbols unicode: Bool) -> Glyphs {
    var glyphs = self
    (
      glyphs.sparkline, glyphs.block, glyphs.complaint, glyphs.alert, glyphs.rising, glyphs.falling, glyphs.steady,
      glyphs.ellipsis
    ) = unicode ? Self.unicodeSymbols : Self.asciiSymbols
    return glyphs
  }

  /// The sparkline level for `value` on a scale from 0 to `maximum`: zero is the lowest level, any value above
  /// zero at least the second, the maximum the highest.
  public func sparkLevel(_ value: Int, maximum: Int) -> Character {
    guard let lowest = sparkline.first, let highest = sparkline.last else { return " " }
    guard value > 0, maximum > 0 else { return lowest }
    guard value < maximum else { return highest }
    let steps = sparkline.count - 1
    let level = 1 + (value * (steps - 1)) / maximum
    return sparkline[min(level, steps)]
  }

  /// A sparkline of `values` (oldest first), one cell per value, scaled to the largest value.
  public func sparkline(_ values: [Int]) -> String {
    let maximum = values.max() ?? 0
    return String(values.map { sparkLevel($0, maximum: maximum) })
  }
}
