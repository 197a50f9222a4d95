/// What the terminal can do, decided once at start from TERM, the locale and the colour environment, so the
/// dashboard can pick borders, glyphs and colours without asking again. Pure: everything comes in as arguments.
public struct TerminalProfile: Sendable, Hashable {
  /// TERM as given (lowercased).
  public var term: String
  /// The locale's character set is UTF-8 (LC_ALL, else LC_CTYPE, else LANG).
  public var unicode: Bool
  public var colorDepth: ColorDepth
  /// Draw borders with `-`, `|` and `+`: the locale is not UTF-8 or the terminal has no line drawing.
  public var asciiBorders: Bool
  /// The characters to draw with.
  public var glyphs: Glyphs

  public init(term: String, unicode: Bool, colorDepth: ColorDepth, asciiBorders: Bool, glyphs: Glyphs) {
    self.term = term
    self.unicode = unicode
    self.colorDepth = colorDepth
    self.asciiBorders = asciiBorders
    self.glyphs = glyphs
  }

  /// Why the dashboard cannot run on this terminal; `description` is the message to print.
  public struct Unsupported: Error, Sendable, Hashable, CustomStringConvertible {
    public var term: String?
    public var description: String {
      let what =
        term.map { "The terminal type '\($0)' cannot show the dashboard (it cannot move the cursor)." }
        ?? "TERM is not set, so the terminal's abilities are unknown and the dashboard cannot start."
      return what
        + " Use `civicpulse report` for a text summary, or `civicpulse watch --headless` to keep ingesting"
        + " without a screen; or set TERM to your terminal's type (e.g. xterm-256color)."
    }
  }

  /// Decides the profile.
  /// - Parameters:
  ///   - term: TERM (nil or empty when unset); `dumb` and unset are refused with `Unsupported`.
  ///   - env: the environment (locale variables, NO_COLOR, COLORTERM).
  ///   - terminalColors: the colours the terminal reports (ncurses `COLORS`), when known.
  ///   - lineDrawing: whether the terminal has line drawing (terminfo `acsc`), when known; else guessed from TERM.
  ///   - noColorFlag: `--no-color` was given.
  ///   - unicode: whether the locale in effect is UTF-8 (the screen's `asciiOnly` inverted), when known; else read
  ///     from the environment's locale names, which can name a locale this machine does not have.
  public static func detect(
    term: String?, env: [String: String], terminalColors: Int? = nil, lineDrawing: Bool? = nil,
    noColorFlag: Bool = false, unicode inEffect: Bool? = nil
  ) throws(Unsupported) -> TerminalProfile {
    let name = (term ?? "").lowercased()
    guard !name.isEmpty else { throw Unsupported(term: nil) }
    guard name != "dumb" else { throw Unsupported(term: term) }
    let unicode = inEffect ?? localeIsUTF8(env)
    let hasLineDrawing = lineDrawing ?? guessLineDrawing(term: name)
    let asciiBorders = !unicode || !hasLineDrawing
    // Hardware-style terminals promise line drawing but no block elements or symbols.
    let symbols = unicode && !hasLimitedFont(term: name)
    let boxes = asciiBorders ? Glyphs.asciiBoxes : Glyphs.unicodeBoxes
    let depth = ColorDepth.detect(
      environment: env, term: name, terminalColors: terminalColors, noColorFlag: noColorFlag)
    return TerminalProfile(
      term: name, unicode: unicode, colorDepth: depth, asciiBorders: asciiBorders,
      glyphs: boxes.with(symbols: symbols))
  }

  /// The locale's character set is UTF-8: the first of LC_ALL, LC_CTYPE, LANG that is set and not empty names
  /// UTF-8 (`en_GB.UTF-8`, `C.utf8`). Unset everywhere means the C locale: not UTF-8.
  public static func localeIsUTF8(_ env: [String: String]) -> Bool {
    for key in ["LC_ALL", "LC_CTYPE", "LANG"] {
      guard let value = env[key], !value.isEmpty else { continue }
      let lowered = value.lowercased()
      return lowered.contains("utf-8") || lowered.contains("utf8")
    }
    return false
  }

  /// Terminals known to lack line drawing; everything else is assumed to have it (pass the terminfo answer when
  /// available).
  public static func guessLineDrawing(term: String) -> Bool {
    let without = ["vt52", "unknown", "network", "dialup", "sun", "cons25", "ansi-mini", "tty33", "glasstty"]
    return !without.contains { term == $0 || term.hasPrefix($0 + "-") }
  }

  /// The Linux console's and VT terminals' fonts: box drawing yes, sparkline blocks and symbols no.
  static func hasLimitedFont(term: String) -> Bool {
    term == "linux" || term.hasPrefix("linux-") || term.hasPrefix("vt")
  }
}
