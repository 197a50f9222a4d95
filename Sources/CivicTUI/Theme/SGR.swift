/// ANSI "select graphic rendition" escape sequences for a style, for output that does not go through ncurses
/// (`civicpulse themes --preview`, a coloured report). Map the style to the terminal's depth first.
public enum SGR {
  public static let reset = "\u{1B}[0m"

  /// The sequence that sets `style` from a reset state; empty for the plain style.
  public static func sequence(for style: TextStyle) -> String {
    var codes: [String] = []
    if style.bold { codes.append("1") }
    if style.dim { codes.append("2") }
    if style.underline { codes.append("4") }
    if style.reverse { codes.append("7") }
    codes += colorCodes(style.foreground, base: 30, brightBase: 90, extended: 38)
    codes += colorCodes(style.background, base: 40, brightBase: 100, extended: 48)
    return codes.isEmpty ? "" : "\u{1B}[" + codes.joined(separator: ";") + "m"
  }

  /// `text` in `style`, followed by a reset when a style was set.
  public static func styled(_ text: String, _ style: TextStyle) -> String {
    let start = sequence(for: style)
    return start.isEmpty ? text : start + text + reset
  }

  private static func colorCodes(_ color: ThemeColor, base: Int, brightBase: Int, extended: Int) -> [String] {
    switch color {
    case .terminalDefault: return []
    case .indexed(let index) where index < 8: return ["\(base + Int(index))"]
    case .indexed(let index) where index < 16: return ["\(brightBase + Int(index) - 8)"]
    case .indexed(let index): return ["\(extended)", "5", "\(index)"]
    case .rgb(let r, let g, let b): return ["\(extended)", "2", "\(r)", "\(g)", "\(b)"]
    }
  }
}
