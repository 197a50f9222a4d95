/// Text from the input (labelled texts, file names, hashtags, error reasons) made safe to print on a terminal.
public enum TerminalText {
  /// Line breaks and tabs become spaces, other control characters (a binary file's bytes, escape sequences) `?`,
  /// so a message never sends them to the terminal raw.
  public static func printable(_ text: String) -> String {
    String(
      String.UnicodeScalarView(
        text.unicodeScalars.map { scalar in
          switch scalar {
          case "\n", "\r", "\t": return " "
          default: return scalar.properties.generalCategory == .control ? "?" : scalar
          }
        }))
  }
}
