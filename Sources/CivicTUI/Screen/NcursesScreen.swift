import CNcursesw

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The real terminal, drawn with ncursesw. This is the only file that calls ncurses. Create, use and end it on
/// one thread (the UI thread).
public final class NcursesScreen: Screen {
  public enum Failure: Error, CustomStringConvertible {
    case noTerminal(String)

    public var description: String {
      switch self {
      case .noTerminal(let term):
        return "cannot open the terminal (TERM=\(term)): this machine has no terminfo entry for it nor for "
          + Self.fallbackList + "; set TERM to a type `infocmp` knows here"
      }
    }

    private static var fallbackList: String { NcursesScreen.fallbackTerms.joined(separator: ", ") }
  }

  /// Terminal types tried, in order, when TERM has no terminfo entry on this machine (a newer emulator's own type,
  /// `xterm-kitty` or `alacritty`, seen over SSH): every current emulator understands xterm's sequences.
  public static let fallbackTerms = ["xterm-256color", "xterm", "vt100"]

  /// The terminal type drawn with instead of TERM's, which has no terminfo entry here (`nil`: TERM's own).
  public let fallbackTerm: String?

  public let asciiOnly: Bool
  /// Colours the terminal reports (ncurses `COLORS`; 0 without colour support).
  public let terminalColors: Int
  /// The colour depth to draw with (at most what the terminal has; `.noColor` for attributes only). Styles are
  /// mapped with `ColorMapper`; a theme already adapted to this depth passes through unchanged.
  public var colorDepth: ColorDepth
  private var pairs: [PairKey: Int16] = [:]
  private var nextPair: Int16 = 1
  private var ended = false
  private var terminal: OpaquePointer?

  private struct PairKey: Hashable {
    var foreground: Int
    var background: Int
  }

  /// Starts ncurses on the controlling terminal (stdin/stdout): UTF-8 when the locale is (`TerminalLocale`), no echo, keypad
  /// keys decoded, cursor hidden, colours started with the terminal's default background.
  /// - Parameter keyboardFromTTY: read keys from `/dev/tty` instead of stdin (when stdin carries posts).
  public init(noColor: Bool = false, keyboardFromTTY: Bool = false) throws {
    asciiOnly = !TerminalLocale.start()
    TerminalRestore.saveModes()
    let input = keyboardFromTTY ? fopen("/dev/tty", "r") : fdopen(0, "r")
    let requested = getenv("TERM").map { String(cString: $0) } ?? "unset"
    guard let output = fdopen(1, "w"), let input else { throw Failure.noTerminal(requested) }
    var opened = newterm(nil, output, input)
    var fallback: String?
    for type in Self.fallbackTerms where opened == nil {
      opened = newterm(type, output, input)
      fallback = type
    }
    guard let screen = opened else { throw Failure.noTerminal(requested) }
    fallbackTerm = fallback
    terminal = screen
    inputDescriptor = fileno(input)
    set_term(screen)
    cbreak()
    noecho()
    nonl()
    keypad(cp_stdscr(), true)
    // Let ncurses move unchanged lines with the terminal's scroll and insert/delete-line operations (the Posts
    // pane scrolls instead of being repainted over SSH).
    idlok(cp_stdscr(), true)
    // The cursor is hidden: leave it where the last change was instead of moving it back each frame.
    leaveok(cp_stdscr(), true)
    nodelay(cp_stdscr(), true)
    set_escdelay(25)
    curs_set(0)
    var colors = 0
    if has_colors() {
      start_color()
      use_default_colors()
      colors = Int(cp_colors())
    }
    terminalColors = colors
    colorDepth = noColor ? .noColor : min(ColorDepth(colorCount: colors), .colors256)
  }

  deinit {
    end()
  }

  /// Leaves curses mode: cursor visible, echo back, alternate screen left. A terminal without an alternate
  /// screen (TERM=linux, vt100) is cleared first, so the shell does not write over the last frame; `endwin`
  /// then leaves the cursor at the bottom-left of the empty screen. Safe to call more than once.
  public func end() {
    guard !ended else { return }
    ended = true
    if cp_has_alternate_screen() == 0 {
      wclear(cp_stdscr())
      wrefresh(cp_stdscr())
    }
    curs_set(1)
    endwin()
    if let terminal { delscreen(terminal) }
    terminal = nil
  }

  public var size: ScreenSize {
    ScreenSize(width: Int(cp_cols()), height: Int(cp_lines()))
  }

  public let inputDescriptor: Int32

  @discardableResult
  public func put(_ text: String, x: Int, y: Int, style: TextStyle, maxWidth: Int) -> Int {
    let screenSize = size
    guard !ended, y >= 0, y < screenSize.height, x >= 0, x < screenSize.width, maxWidth > 0 else { return 0 }
    let limit = min(screenSize.width, x + min(maxWidth, screenSize.width))
    let (attributes, pair) = attributes(for: style)
    var column = x
    var cell = cchar_t()
    for glyph in DisplayWidth.glyphs(of: text, asciiOnly: asciiOnly) {
      if column >= limit { break }
      let fits = column + glyph.width <= limit
      var characters: [wchar_t] = fits ? glyph.text.unicodeScalars.map { wchar_t(bitPattern: $0.value) } : [32]
      characters.append(0)
      let count = fits ? glyph.width : limit - column
      for offset in 0..<(fits ? 1 : count) {
        setcchar(&cell, characters, attributes, pair, nil)
        mvwadd_wch(cp_stdscr(), Int32(y), Int32(column + offset), &cell)
      }
      column += count
    }
    return column - x
  }

  public func erase() {
    guard !ended else { return }
    werase(cp_stdscr())
  }

  public func setCursorVisible(_ visible: Bool) {
    guard !ended else { return }
    curs_set(visible ? 1 : 0)
  }

  public func bell() { _ = beep() }

  public func flush() {
    guard !ended else { return }
    wrefresh(cp_stdscr())
  }

  public func invalidate() {
    guard !ended else { return }
    clearok(cp_stdscr(), true)
  }

  public func readKey() -> Key? {
    guard !ended else { return nil }
    var value: wint_t = 0
    let result = wget_wch(cp_stdscr(), &value)
    if result == cp_err() { return nil }
    if result == KEY_CODE_YES { return Self.functionKey(Int32(bitPattern: UInt32(value))) }
    return Key.from(scalar: UInt32(value))
  }

  private static func functionKey(_ code: Int32) -> Key {
    switch code {
    case KEY_UP: return .up
    case KEY_DOWN: return .down
    case KEY_LEFT: return .left
    case KEY_RIGHT: return .right
    case KEY_PPAGE: return .pageUp
    case KEY_NPAGE: return .pageDown
    case KEY_HOME: return .home
    case KEY_END: return .end
    case KEY_BTAB: return .backTab
    case KEY_ENTER: return .enter
    case KEY_BACKSPACE: return .backspace
    case KEY_DC: return .delete
    case cp_key_resize(): return .resize
    case KEY_F0...(KEY_F0 + 63): return .function(Int(code - KEY_F0))
    default: return .other(Int(code))
    }
  }

  private func attributes(for style: TextStyle) -> (attr_t, Int16) {
    var attributes = cp_a_normal()
    if style.bold { attributes |= cp_a_bold() }
    if style.dim { attributes |= cp_a_dim() }
    if style.underline { attributes |= cp_a_underline() }
    if style.reverse { attributes |= cp_a_reverse() }
    return (attributes, pair(for: style))
  }

  /// The terminal's colour number for a theme colour (-1: the terminal's default).
  private func number(for color: ThemeColor) -> Int {
    // A direct-colour terminal takes RGB values as colour numbers: theme colours as written.
    if DirectColor.isDirect(colors: terminalColors) { return DirectColor.number(for: color) }
    // Elsewhere ncurses pairs take palette numbers: 24-bit colours go to the nearest of the 256.
    let depth = min(colorDepth, .colors256, ColorDepth(colorCount: terminalColors))
    guard case .indexed(let n) = ColorMapper.map(color, to: depth), Int(n) < terminalColors else { return -1 }
    return Int(n)
  }

  /// The colour pair for a style, allocated on first use (pair 0, the default colours, when pairs run out).
  private func pair(for style: TextStyle) -> Int16 {
    guard colorDepth != .noColor, terminalColors > 0 else { return 0 }
    let key = PairKey(foreground: number(for: style.foreground), background: number(for: style.background))
    if key.foreground == -1, key.background == -1 { return 0 }
    if let known = pairs[key] { return known }
    guard Int32(nextPair) < cp_color_pairs(), nextPair < Int16.max else { return 0 }
    let pair = nextPair
    // The extended call: a direct-colour terminal's RGB numbers do not fit init_pair's 16-bit colours.
    guard init_extended_pair(Int32(pair), Int32(key.foreground), Int32(key.background)) != cp_err() else {
      return 0
    }
    nextPair += 1
    pairs[key] = pair
    return pair
  }
}
