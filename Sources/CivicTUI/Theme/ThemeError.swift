/// A mistake in a theme, named by file, line and key so it can be fixed, e.g.
/// `themes/x.theme:12: key 'complaint': unknown colour 'purpel'`.
public struct ThemeError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The file as the user would name it (a path), or `built-in:<name>`.
  public var file: String
  /// 1-based line number, or nil for a problem with the whole file (missing, unreadable, inheritance).
  public var line: Int?
  /// The key on that line, when there is one.
  public var key: String?
  public var message: String

  public init(file: String, line: Int? = nil, key: String? = nil, message: String) {
    self.file = file
    self.line = line
    self.key = key
    self.message = message
  }

  /// The message, safe to print to a terminal: control characters (a theme file could hold escape sequences)
  /// are shown as `\u{1B}` rather than sent raw, and the key is cut to 40 characters.
  public var description: String {
    var text = file
    if let line { text += ":\(line)" }
    text += ": "
    if let key { text += "key '\(key.count <= 40 ? key : key.prefix(39) + "…")': " }
    return Self.inert(text + message)
  }

  static func inert(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      let value = scalar.value
      if value < 0x20 || (0x7F...0x9F).contains(value) {
        result += "\\u{" + String(value, radix: 16, uppercase: true) + "}"
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
