/// A colour as a theme names it, before it is mapped to what the terminal can show.
public enum ThemeColor: Sendable, Hashable {
  /// The terminal's own default foreground or background.
  case terminalDefault
  /// An indexed colour 0-255 (0-7 the basic ANSI colours, 8-15 their bright forms).
  case indexed(UInt8)
  /// A 24-bit colour, mapped to the nearest colour the terminal has.
  case rgb(UInt8, UInt8, UInt8)
}

/// How one semantic role is drawn: colours plus attributes.
public struct TextStyle: Sendable, Hashable {
  public var foreground: ThemeColor
  public var background: ThemeColor
  public var bold: Bool
  public var underline: Bool
  public var reverse: Bool
  public var dim: Bool

  public init(
    foreground: ThemeColor = .terminalDefault, background: ThemeColor = .terminalDefault, bold: Bool = false,
    underline: Bool = false, reverse: Bool = false, dim: Bool = false
  ) {
    self.foreground = foreground
    self.background = background
    self.bold = bold
    self.underline = underline
    self.reverse = reverse
    self.dim = dim
  }

  public static let plain = TextStyle()
}

/// The semantic keys a theme sets. Panes ask for a role, never for a colour.
public enum ThemeRole: String, Sendable, Hashable, CaseIterable {
  case background
  case text
  case dim
  case header
  case border
  case borderFocused = "border.focused"
  case title
  case titleFocused = "title.focused"
  case complaint
  case notComplaint = "not-complaint"
  case alert
  case alertBanner = "alert.banner"
  case sparkline
  case trendRising = "trend.rising"
  case trendFalling = "trend.falling"
  case statusBar = "status"
  case statusKey = "status.key"
  case selection
  case searchHit = "search.hit"
  case help
  case bigDigits = "big-digits"
}
