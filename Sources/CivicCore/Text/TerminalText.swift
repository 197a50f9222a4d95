/// Text from the input (labelled texts, file names, hashtags, error reasons) made safe to print on a terminal.
/// The dashboard draws posts with the same stand-ins (`DisplayWidth` asks `controlPlaceholder` here), so a control
/// character reads the same in a pane, in a report and in an error message.
public enum TerminalText {
  /// Line breaks and tabs become spaces, other control characters (a binary file's bytes, escape sequences) their
  /// visible symbols (`␛` for ESC, `␇` for BEL, `␡` for DEL, `�` for C1), and characters that could reorder or hide
  /// text (bidirectional overrides, zero-width joiners) are dropped, so a message never sends them to the terminal
  /// raw.
  public static func printable(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if let placeholder = controlPlaceholder(scalar) {
        out.append(contentsOf: placeholder.unicodeScalars)
      } else if !isInvisible(scalar.value) {
        out.append(scalar)
      }
    }
    return String(out)
  }

  /// As `printable`, line by line: the line breaks are kept (a usage block, a listing of several lines), CRLF
  /// ones too (a CSV's).
  public static func printableLines(_ text: String) -> String {
    text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      line.last == "\r" ? printable(String(line.dropLast())) + "\r" : printable(String(line))
    }.joined(separator: "\n")
  }

  /// Visible stand-in for a control character (C0, DEL, C1), or `nil` for other scalars.
  public static func controlPlaceholder(_ scalar: Unicode.Scalar) -> String? {
    let v = scalar.value
    switch v {
    case 0x09, 0x0A, 0x0D: return " "
    case 0x00..<0x20: return String(Character(Unicode.Scalar(0x2400 + v) ?? "?"))
    case 0x7F: return "\u{2421}"
    case 0x80..<0xA0: return "\u{FFFD}"
    default: return nil
    }
  }

  /// Scalars never drawn: joiners, bidirectional controls, selectors, BOM, tags.
  public static func isInvisible(_ v: UInt32) -> Bool {
    switch v {
    case 0x00AD, 0x061C, 0x180E, 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x206F, 0xFE00...0xFE0F, 0xFEFF,
      0xFFF9...0xFFFB, 0xE0000...0xE0FFF:
      return true
    default:
      return false
    }
  }
}
