/// Reads the theme format described in themes/README.md: `key = value` lines, `#` comments, values
/// `fg [on bg] [attrs...]`. Collects every mistake (with file, line and key) instead of stopping at the first.
public enum ThemeParser {
  /// Largest theme file read, so a wrong path to a huge file cannot eat memory.
  public static let maxBytes = 256 * 1024
  /// Highest `service.accent.N`.
  public static let maxAccents = 32

  public struct Result: Sendable {
    public var document: ThemeDocument
    public var errors: [ThemeError]
  }

  /// Parses theme text. `file` names the source in error messages.
  public static func parse(_ text: String, file: String) -> Result {
    var document = ThemeDocument()
    var errors: [ThemeError] = []
    var seen: [String: Int] = [:]
    var lineNumber = 0
    let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
    for rawLine in lines {
      lineNumber += 1
      let line = stripComment(rawLine)
      if line.isEmpty { continue }
      func fail(_ key: String?, _ message: String) {
        errors.append(ThemeError(file: file, line: lineNumber, key: key, message: message))
      }
      guard let equals = line.firstIndex(of: "=") else {
        fail(nil, "expected 'key = value', found '\(shown(line))'")
        continue
      }
      let key = trimmed(line[..<equals]).lowercased()
      let value = trimmed(line[line.index(after: equals)...])
      if key.isEmpty {
        fail(nil, "missing key before '='")
        continue
      }
      if let first = seen[key] {
        fail(key, "already set on line \(first)")
        continue
      }
      seen[key] = lineNumber
      if value.isEmpty {
        fail(key, "missing value")
        continue
      }
      do {
        try assign(value, to: key, in: &document)
      } catch {
        fail(key, error.message)
      }
    }
    return Result(document: document, errors: errors)
  }

  /// A value problem, without the file/line/key context the caller adds.
  public struct ValueError: Error, Sendable, Equatable {
    public var message: String
    public init(_ message: String) { self.message = message }
  }

  static func assign(_ value: String, to key: String, in document: inout ThemeDocument) throws(ValueError) {
    switch key {
    case "inherits":
      guard ThemeLoader.isValidName(value) else {
        throw ValueError("'\(shown(value))' is not a theme name (letters, digits, '-', '_', '.')")
      }
      document.inherits = value
    case "description":
      document.summary = value
    default:
      if let role = ThemeRole(rawValue: key) {
        document.styles[role] = try parseStyle(value)
      } else if key.hasPrefix(accentPrefix) {
        let number = key.dropFirst(accentPrefix.count)
        guard let index = Int(number), (1...maxAccents).contains(index), number.allSatisfy(\.isASCII) else {
          throw ValueError("accent number must be 1-\(maxAccents)")
        }
        document.accents[index] = try parseStyle(value)
      } else if key.hasPrefix(servicePrefix) {
        let id = String(key.dropFirst(servicePrefix.count))
        guard isValidServiceID(id) else {
          throw ValueError("'\(shown(id))' is not a service id (lowercase letters, digits, '-', '_', '.')")
        }
        document.services[id] = try parseStyle(value)
      } else {
        var message = "unknown key"
        if let near = closestKey(to: key) { message += " (did you mean '\(near)'?)" }
        throw ValueError(message)
      }
    }
  }

  static let accentPrefix = "service.accent."
  static let servicePrefix = "service."

  /// Parses `fg [on bg] [attrs...]`; colours and attributes are case-insensitive. Attributes alone are allowed
  /// (`reverse bold`), and so is `on bg` without a foreground.
  public static func parseStyle(_ value: String) throws(ValueError) -> TextStyle {
    var style = TextStyle()
    var foregroundSet = false
    var backgroundSet = false
    var attributeSeen = false
    var tokens = value.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).makeIterator()
    while let token = tokens.next() {
      if token == "on" {
        guard !backgroundSet else { throw ValueError("two background colours") }
        guard !attributeSeen else { throw ValueError("'on <colour>' must come before the attributes") }
        guard let next = tokens.next() else { throw ValueError("'on' needs a colour after it") }
        style.background = try parseColor(next)
        backgroundSet = true
      } else if setAttribute(token, on: &style) {
        attributeSeen = true
      } else if foregroundSet || backgroundSet || attributeSeen {
        if (try? parseColor(token)) != nil {
          throw ValueError("colour '\(shown(token))' out of place: write 'fg on bg' then attributes")
        }
        throw ValueError("unknown attribute '\(shown(token))' (expected bold, underline, reverse, dim)")
      } else {
        style.foreground = try parseColor(token)
        foregroundSet = true
      }
    }
    return style
  }

  private static func setAttribute(_ token: Substring, on style: inout TextStyle) -> Bool {
    switch token {
    case "bold": style.bold = true
    case "underline": style.underline = true
    case "reverse": style.reverse = true
    case "dim": style.dim = true
    default: return false
    }
    return true
  }

  /// Colour names in the order of their indexes 0-15.
  public static let colorNames = [
    "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
    "bright-black", "bright-red", "bright-green", "bright-yellow", "bright-blue", "bright-magenta", "bright-cyan",
    "bright-white",
  ]

  /// A colour: a name (`red`, `bright-red`, `default`), a number 0-255, or `#RRGGBB`.
  public static func parseColor<S: StringProtocol>(_ text: S) throws(ValueError) -> ThemeColor {
    let token = text.lowercased()
    if token == "default" { return .terminalDefault }
    if let index = colorNames.firstIndex(of: token) { return .indexed(UInt8(index)) }
    if token.hasPrefix("#") {
      let hex = token.utf8.dropFirst()
      guard hex.count == 6, hex.allSatisfy({ isDigit($0) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains($0) }),
        let value = UInt32(String(token.dropFirst()), radix: 16)
      else {
        throw ValueError("bad colour '\(shown(text))' (expected #RRGGBB with six hex digits)")
      }
      return .rgb(UInt8(value >> 16), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF))
    }
    if !token.isEmpty, token.utf8.allSatisfy(isDigit) {
      guard token.count <= 3, let number = Int(token), number <= 255 else {
        throw ValueError("colour number \(text) out of range 0-255")
      }
      return .indexed(UInt8(number))
    }
    throw ValueError("unknown colour '\(shown(text))'")
  }

  static func isValidServiceID(_ id: String) -> Bool {
    !id.isEmpty && id != "accent"
      && id.utf8.allSatisfy {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) || isDigit($0) || $0 == UInt8(ascii: "-")
          || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ".")
      }
  }

  static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

  /// The line without its comment: `#` at the start of the line, or a `#` after white space that is followed by
  /// white space or the end of the line (so `#FF0000` is a colour, `# note` a comment).
  static func stripComment(_ line: Substring) -> String {
    let chars = Array(line.utf8)
    var end = chars.count
    let firstNonBlank = chars.firstIndex { !isBlank($0) } ?? chars.count
    for (i, byte) in chars.enumerated() where byte == UInt8(ascii: "#") {
      let atStart = i == firstNonBlank
      let afterBlank = i > 0 && isBlank(chars[i - 1])
      let beforeBlank = i + 1 == chars.count || isBlank(chars[i + 1])
      if atStart || (afterBlank && beforeBlank) {
        end = i
        break
      }
    }
    return trimmed(String(decoding: chars[..<end], as: UTF8.self)[...])
  }

  private static func isBlank(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
  }

  static func trimmed<S: StringProtocol>(_ text: S) -> String {
    let blank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
    guard let first = text.firstIndex(where: { !blank($0) }), let last = text.lastIndex(where: { !blank($0) }) else {
      return ""
    }
    return String(text[first...last])
  }

  /// User text quoted in an error message, cut to 40 characters.
  static func shown<S: StringProtocol>(_ text: S) -> String {
    text.count <= 40 ? String(text) : text.prefix(39) + "…"
  }

  /// The known key nearest to a misspelt one (edit distance at most 2), for the error message.
  static func closestKey(to key: String) -> String? {
    guard key.utf8.count <= 40 else { return nil }
    let candidates = ThemeRole.allCases.map(\.rawValue) + ["inherits", "description"]
    var best: (key: String, distance: Int)?
    for candidate in candidates {
      let distance = editDistance(key, candidate)
      if distance <= 2, distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
    }
    return best?.key
  }

  /// Levenshtein distance over UTF-8 bytes (also used for misspelt command names).
  public static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a.utf8)
    let b = Array(b.utf8)
    guard !a.isEmpty else { return b.count }
    guard !b.isEmpty else { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
        current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
