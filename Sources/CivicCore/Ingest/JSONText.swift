/// A small JSON writer for the headless commands' output (no Foundation).
enum JSONText {
  /// Appends `value` as a JSON string literal: quotes, backslashes and control characters are escaped
  /// (U+2028/U+2029 too, for JavaScript consumers); everything else, including non-BMP characters, is written
  /// as UTF-8.
  static func appendString(_ value: String, to out: inout String) {
    out.append("\"")
    var plainStart = value.unicodeScalars.startIndex
    let scalars = value.unicodeScalars
    var i = scalars.startIndex
    while i < scalars.endIndex {
      let v = scalars[i].value
      let escape: String?
      switch v {
      case 0x22: escape = "\\\""
      case 0x5C: escape = "\\\\"
      case 0x0A: escape = "\\n"
      case 0x0D: escape = "\\r"
      case 0x09: escape = "\\t"
      case 0x08: escape = "\\b"
      case 0x0C: escape = "\\f"
      case 0..<0x20, 0x2028, 0x2029: escape = unicodeEscape(v)
      default: escape = nil
      }
      if let escape {
        out.unicodeScalars.append(contentsOf: scalars[plainStart..<i])
        out.append(escape)
        plainStart = scalars.index(after: i)
      }
      i = scalars.index(after: i)
    }
    out.unicodeScalars.append(contentsOf: scalars[plainStart..<scalars.endIndex])
    out.append("\"")
  }

  static func string(_ value: String) -> String {
    var out = ""
    appendString(value, to: &out)
    return out
  }

  /// A finite number as JSON (NaN and infinities, which JSON cannot hold, become 0).
  static func number(_ value: Double) -> String {
    guard value.isFinite else { return "0" }
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    return String(value)
  }

  private static func unicodeEscape(_ v: UInt32) -> String {
    let hex = String(v, radix: 16, uppercase: false)
    return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }

  /// `["a","b"]`
  static func array(_ values: [String]) -> String {
    var out = "["
    for (i, value) in values.enumerated() {
      if i > 0 { out.append(",") }
      appendString(value, to: &out)
    }
    out.append("]")
    return out
  }
}
