import CivicCore
import Foundation

/// Terminal cell widths of text, measured per grapheme, and the safe form of text sent to a terminal.
///
/// Every string a pane draws goes through `glyphs(of:asciiOnly:)`: control characters become visible
/// placeholders, characters that could reorder or hide text are dropped, and each grapheme is reduced to what a
/// terminal draws predictably (its base character plus combining marks), so the width measured here is the width
/// the terminal uses and columns never shift.
public enum DisplayWidth {
  /// One drawable unit: the scalars to send and the cells they take (1 or 2).
  public struct Glyph: Sendable, Hashable {
    public var text: String
    public var width: Int

    public init(text: String, width: Int) {
      self.text = text
      self.width = width
    }
  }

  /// Cells a string takes on a terminal after sanitising.
  public static func width(of text: String, asciiOnly: Bool = false) -> Int {
    var total = 0
    for character in text {
      total += glyph(for: character, asciiOnly: asciiOnly)?.width ?? 0
    }
    return total
  }

  /// The string split into drawable glyphs, one per terminal character (zero-width graphemes are dropped). A
  /// grapheme shown as narrow characters (a flag's two letters, `??` for a wide character in ASCII) gives one
  /// glyph per cell: a terminal cell holds one spacing character, and a screen handed "GB" for one cell drew the
  /// G and left the next cell blank.
  public static func glyphs(of text: String, asciiOnly: Bool = false) -> [Glyph] {
    var result: [Glyph] = []
    result.reserveCapacity(text.utf8.count)
    for character in text {
      guard let g = glyph(for: character, asciiOnly: asciiOnly) else { continue }
      if g.width > 1, isNarrowRun(g) {
        for scalar in g.text.unicodeScalars { result.append(Glyph(text: String(scalar), width: 1)) }
      } else {
        result.append(g)
      }
    }
    return result
  }

  /// True when a glyph is as many one-cell characters as it is cells wide (no wide base, no combining marks).
  private static func isNarrowRun(_ glyph: Glyph) -> Bool {
    let scalars = glyph.text.unicodeScalars
    return scalars.count == glyph.width && scalars.allSatisfy { scalarWidth($0.value) == 1 }
  }

  /// The text cut so that it takes at most `cells` cells; an ellipsis marks a cut.
  public static func truncate(_ text: String, toCells cells: Int, ellipsis: String = "…", asciiOnly: Bool = false)
    -> String
  {
    guard cells > 0 else { return "" }
    let all = glyphs(of: text, asciiOnly: asciiOnly)
    let total = all.reduce(0) { $0 + $1.width }
    if total <= cells { return all.map(\.text).joined() }
    let mark = asciiOnly && !ellipsis.allSatisfy(\.isASCII) ? "." : ellipsis
    let markWidth = width(of: mark, asciiOnly: asciiOnly)
    let budget = max(0, cells - markWidth)
    var used = 0
    var out = ""
    for g in all {
      if used + g.width > budget { break }
      used += g.width
      out += g.text
    }
    return markWidth <= cells ? out + mark : out
  }

  /// The text cut or padded with spaces to exactly `cells` cells (`alignRight` pads on the left).
  public static func fit(_ text: String, toCells cells: Int, alignRight: Bool = false, asciiOnly: Bool = false)
    -> String
  {
    guard cells > 0 else { return "" }
    let cut = truncate(text, toCells: cells, asciiOnly: asciiOnly)
    let gap = max(0, cells - width(of: cut, asciiOnly: asciiOnly))
    let pad = String(repeating: " ", count: gap)
    return alignRight ? pad + cut : cut + pad
  }

  /// How one grapheme is drawn, or `nil` when it takes no cell at all.
  public static func glyph(for character: Character, asciiOnly: Bool) -> Glyph? {
    let scalars = character.unicodeScalars
    guard let first = scalars.first else { return nil }
    if let placeholder = TerminalText.controlPlaceholder(first) {
      return asciiOnly ? Glyph(text: "?", width: 1) : Glyph(text: placeholder, width: 1)
    }
    if TerminalText.isInvisible(first.value) { return nil }
    if let letters = regionalLetters(scalars) { return Glyph(text: letters, width: letters.count) }
    let base = scalarWidth(first.value)
    if base == 0 {
      // A combining mark with nothing to attach to: show it on a space so it cannot join the previous cell.
      return asciiOnly ? nil : Glyph(text: " " + String(first), width: 1)
    }
    if asciiOnly {
      guard first.isASCII else {
        let text = base == 2 ? "??" : asciiLookalike(first).map(String.init) ?? "?"
        return Glyph(text: text, width: base)
      }
      return Glyph(text: String(first), width: 1)
    }
    // Keep the base and the combining marks that follow it; drop joiners, selectors and joined emoji parts,
    // whose width terminals do not agree on.
    var text = String(first)
    var marks = 0
    for scalar in scalars.dropFirst() {
      let value = scalar.value
      guard isCombining(value), marks < 4 else { continue }
      text.unicodeScalars.append(scalar)
      marks += 1
    }
    return Glyph(text: text, width: base)
  }

  /// The ASCII character a one-cell character reads as on a screen that shows only ASCII, or `nil`: the base letter
  /// of an accented Latin letter (`é` e, `ŵ` w, `ź` z), a few letters that have no decomposition (`ł` l, `ø` o),
  /// and typographic quotes, dashes and spaces (`’` ', `“` ", `–` -). One character for one cell, so the width
  /// stays the width measured for a UTF-8 screen: "can’t" and "Caerdydd, Cymru ŵ" stay readable, not "can?t".
  static func asciiLookalike(_ scalar: Unicode.Scalar) -> Character? {
    lookalikes[scalar.value]
  }

  /// Built once: the hand-picked marks, and the Latin letters (Latin-1 to Latin Extended-B, and Latin Extended
  /// Additional, which has Welsh and Vietnamese) whose canonical decomposition is an ASCII letter and marks.
  private static let lookalikes: [UInt32: Character] = {
    var table: [UInt32: Character] = [
      0x00A0: " ", 0x00AB: "\"", 0x00BB: "\"", 0x00B7: ".", 0x00D7: "x", 0x00D8: "O", 0x00F8: "o", 0x0110: "D",
      0x0111: "d", 0x0131: "i", 0x0141: "L", 0x0142: "l", 0x2010: "-", 0x2011: "-", 0x2012: "-", 0x2013: "-",
      0x2014: "-", 0x2018: "'", 0x2019: "'", 0x201A: "'", 0x201C: "\"", 0x201D: "\"", 0x201E: "\"", 0x2022: "*",
      0x2026: ".", 0x2032: "'", 0x2039: "<", 0x203A: ">", 0x2212: "-",
    ]
    for value in Array(0x00C0...0x024F) + Array(0x1E00...0x1EFF) where table[UInt32(value)] == nil {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let decomposed = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
      guard let letter = decomposed.first, letter.isASCII, letter.properties.isAlphabetic,
        decomposed.dropFirst().allSatisfy({ isCombining($0.value) })
      else { continue }
      table[UInt32(value)] = Character(letter)
    }
    return table
  }()

  /// A flag (a pair of regional indicator symbols, 🇬🇧) as its two letters ("GB"), or `nil` for other graphemes.
  /// Terminals disagree on the width of flags and of a lone indicator (1 or 2 cells), and keeping only the first
  /// indicator, as for other joined emoji, would show another letter's symbol: the letters keep both the meaning
  /// and the columns.
  static func regionalLetters(_ scalars: Character.UnicodeScalarView) -> String? {
    let range: ClosedRange<UInt32> = 0x1F1E6...0x1F1FF
    guard let first = scalars.first, range.contains(first.value) else { return nil }
    var letters = ""
    for scalar in scalars where range.contains(scalar.value) {
      letters.unicodeScalars.append(Unicode.Scalar(scalar.value - 0x1F1E6 + 0x41) ?? "?")
    }
    return letters
  }

  /// Combining marks kept with their base character (width 0).
  static func isCombining(_ v: UInt32) -> Bool {
    switch v {
    case 0x0300...0x036F, 0x0483...0x0489, 0x0591...0x05BD, 0x05BF, 0x05C1...0x05C2, 0x05C4...0x05C5, 0x05C7,
      0x0610...0x061A, 0x064B...0x065F, 0x0670, 0x06D6...0x06DC, 0x06DF...0x06E4, 0x06E7...0x06E8,
      0x06EA...0x06ED, 0x0900...0x0902, 0x093A, 0x093C, 0x0941...0x0948, 0x094D, 0x0951...0x0957,
      0x0E31, 0x0E34...0x0E3A, 0x0E47...0x0E4E, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x20D0...0x20FF,
      0x302A...0x302D, 0x3099...0x309A, 0xFE20...0xFE2F:
      return true
    default:
      return false
    }
  }

  /// Cells one scalar takes: 0 for combining marks, 2 for East Asian Wide/Fullwidth and emoji, else 1.
  public static func scalarWidth(_ v: UInt32) -> Int {
    if v < 0x300 { return 1 }
    if isCombining(v) || TerminalText.isInvisible(v) { return 0 }
    return isWide(v) ? 2 : 1
  }

  static func isWide(_ v: UInt32) -> Bool {
    switch v {
    case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0, 0x23F3, 0x25FD...0x25FE,
      0x2614...0x2615, 0x2648...0x2653, 0x267F, 0x2693, 0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE,
      0x26C4...0x26C5, 0x26CE, 0x26D4, 0x26EA, 0x26F2...0x26F3, 0x26F5, 0x26FA, 0x26FD, 0x2705,
      0x270A...0x270B, 0x2728, 0x274C, 0x274E, 0x2753...0x2755, 0x2757, 0x2795...0x2797, 0x27B0, 0x27BF,
      0x2B1B...0x2B1C, 0x2B50, 0x2B55, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
      0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
      0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF,
      0x1F004, 0x1F0CF, 0x1F18E, 0x1F191...0x1F19A, 0x1F200...0x1F251, 0x1F260...0x1F265, 0x1F300...0x1F320,
      0x1F32D...0x1F335, 0x1F337...0x1F37C, 0x1F37E...0x1F393, 0x1F3A0...0x1F3CA, 0x1F3CF...0x1F3D3,
      0x1F3E0...0x1F3F0, 0x1F3F4, 0x1F3F8...0x1F43E, 0x1F440, 0x1F442...0x1F4FC, 0x1F4FF...0x1F53D,
      0x1F54B...0x1F54E, 0x1F550...0x1F567, 0x1F57A, 0x1F595...0x1F596, 0x1F5A4, 0x1F5FB...0x1F64F,
      0x1F680...0x1F6C5, 0x1F6CC, 0x1F6D0...0x1F6D2, 0x1F6D5...0x1F6D7, 0x1F6DC...0x1F6DF, 0x1F6EB...0x1F6EC,
      0x1F6F4...0x1F6FC, 0x1F7E0...0x1F7EB, 0x1F7F0, 0x1F90C...0x1F93A, 0x1F93C...0x1F945, 0x1F947...0x1F9FF,
      0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
      return true
    default:
      return false
    }
  }
}
