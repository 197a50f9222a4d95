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

  public var description: String {
    var text = file
    if let line { text += ":\(line)" }
    text += ": "
    if let key { text += "key '\(key)': " }
    return text + message
  }
}
