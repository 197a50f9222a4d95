/// The symbols the dashboard draws with, in a Unicode set and an ASCII fallback for non-UTF-8 locales and
/// terminals without line drawing.
public struct Glyphs: Sendable, Hashable {
  public var horizontal: String
  public var vertical: String
  public var topLeft: String
  public var topRight: String
  public var bottomLeft: String
  public var bottomRight: String
  /// Sparkline levels from lowest to highest (the first is used for zero).
  public var sparkline: [String]
  public var rising: String
  public var steady: String
  public var falling: String
  public var complaint: String
  public var ellipsis: String
  public var separator: String

  public init(
    horizontal: String, vertical: String, topLeft: String, topRight: String, bottomLeft: String,
    bottomRight: String, sparkline: [String], rising: String, steady: String, falling: String, complaint: String,
    ellipsis: String, separator: String
  ) {
    self.horizontal = horizontal
    self.vertical = vertical
    self.topLeft = topLeft
    self.topRight = topRight
    self.bottomLeft = bottomLeft
    self.bottomRight = bottomRight
    self.sparkline = sparkline
    self.rising = rising
    self.steady = steady
    self.falling = falling
    self.complaint = complaint
    self.ellipsis = ellipsis
    self.separator = separator
  }

  public static let unicode = Glyphs(
    horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
    sparkline: [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"], rising: "↑", steady: "→", falling: "↓",
    complaint: "●", ellipsis: "…", separator: "│")

  public static let ascii = Glyphs(
    horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
    sparkline: [" ", ".", "_", "-", "=", "+", "*", "#", "@"], rising: "^", steady: ">", falling: "v",
    complaint: "!", ellipsis: ".", separator: "|")

  /// The set to use on a screen.
  public static func forScreen(asciiOnly: Bool) -> Glyphs { asciiOnly ? .ascii : .unicode }
}
