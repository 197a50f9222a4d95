/// How many colours the terminal can show. `noColor` means attributes only (bold, underline, reverse, dim).
public enum ColorDepth: Int, Sendable, Hashable, Comparable, CaseIterable, CustomStringConvertible {
  case noColor = 0
  case colors8 = 8
  case colors16 = 16
  case colors256 = 256
  /// 24-bit colour (`COLORTERM=truecolor` or `24bit`).
  case truecolor = 16_777_216

  public static func < (lhs: ColorDepth, rhs: ColorDepth) -> Bool { lhs.rawValue < rhs.rawValue }

  public var description: String {
    switch self {
    case .noColor: return "no colour"
    case .colors8: return "8 colours"
    case .colors16: return "16 colours"
    case .colors256: return "256 colours"
    case .truecolor: return "truecolor"
    }
  }

  /// The depth for a number of colours as the terminal reports it (ncurses `COLORS`, terminfo `colors`).
  public init(colorCount: Int) {
    switch colorCount {
    case 16_777_216...: self = .truecolor
    case 256...: self = .colors256
    case 16...: self = .colors16
    case 8...: self = .colors8
    default: self = .noColor
    }
  }

  /// Decides the depth from the environment and the terminal.
  /// - `NO_COLOR` (any non-empty value) or `noColorFlag` (`--no-color`): `noColor`.
  /// - a terminal known to have fewer than 8 colours (`terminalColors`), or TERM `dumb`: `noColor`.
  /// - `COLORTERM` `truecolor` or `24bit`: `truecolor`.
  /// - else `terminalColors` (pass ncurses' `COLORS` once it is initialised), else a guess from TERM.
  public static func detect(
    environment: [String: String], term: String? = nil, terminalColors: Int? = nil, noColorFlag: Bool = false
  ) -> ColorDepth {
    if noColorFlag { return .noColor }
    if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .noColor }
    let term = (term ?? environment["TERM"] ?? "").lowercased()
    if term.isEmpty || term == "dumb" { return .noColor }
    if let terminalColors, terminalColors < 8 { return .noColor }
    let colorTerm = (environment["COLORTERM"] ?? "").lowercased()
    if colorTerm == "truecolor" || colorTerm == "24bit" { return .truecolor }
    if let terminalColors { return ColorDepth(colorCount: terminalColors) }
    return guess(term: term)
  }

  /// What the dashboard draws with when the environment asks for `depth` (see `detect`): ncurses draws 24-bit
  /// colour only through a direct-colour TERM (`xterm-direct`...); with `COLORTERM=truecolor` and any other TERM it
  /// has that TERM's palette (guessed here from its name) and draws each theme colour as the nearest of it.
  public static func drawn(_ depth: ColorDepth, term: String) -> ColorDepth {
    guard depth == .truecolor else { return depth }
    return guess(term: term)
  }

  /// A guess from the TERM name alone, for when the terminal's own description is not available.
  public static func guess(term: String) -> ColorDepth {
    let term = term.lowercased()
    if term.hasSuffix("-direct") || term.contains("truecolor") || term.contains("24bit") { return .truecolor }
    if term.contains("256color") { return .colors256 }
    if term.contains("16color") { return .colors16 }
    let modern = ["xterm-kitty", "alacritty", "foot", "wezterm", "xterm-ghostty", "contour"]
    if modern.contains(where: { term.hasPrefix($0) }) { return .colors256 }
    let basic = [
      "xterm", "screen", "tmux", "linux", "rxvt", "ansi", "cygwin", "putty", "konsole", "gnome", "vte", "st",
    ]
    if basic.contains(where: { term == $0 || term.hasPrefix($0 + "-") || term.hasPrefix($0 + ".") }) {
      return .colors8
    }
    return .noColor
  }
}
