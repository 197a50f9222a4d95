/// Follows bracket depth and string state across the lines of a JSON document, so a pretty-printed document
/// spanning many lines can be framed as one record.
struct JSONDepthTracker {
  var depth = 0
  /// True when the last line scanned ended inside a string (impossible in valid JSON: the document is broken).
  var endedInString = false
  /// Last non-whitespace byte seen so far (0 at the start).
  var lastSignificant: UInt8 = 0

  /// Scans one line (without its newline).
  mutating func scan(_ line: UnsafeBufferPointer<UInt8>) {
    var inString = false
    var i = 0
    let n = line.count
    while i < n {
      let c = line[i]
      if inString {
        if c == UInt8(ascii: "\\") {
          i += 2
          continue
        }
        if c == UInt8(ascii: "\"") { inString = false }
      } else {
        switch c {
        case UInt8(ascii: "\""): inString = true
        case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
        case UInt8(ascii: "}"), UInt8(ascii: "]"): depth -= 1
        default: break
        }
      }
      if !JSONDepthTracker.isWhitespace(c) { lastSignificant = c }
      i += 1
    }
    endedInString = inString
  }

  /// In valid JSON a value opening with `{` or `[` only follows `,`, `[`, `:` (or nothing). A line starting with
  /// one after anything else means the document so far was cut off.
  /// Likewise a line of a document starts with what continues JSON: punctuation, a string, a number or a literal.
  /// A line that starts at column 0 the way text does (a letter, `@`, `#`, or a UTF-8 lead byte: plain text after
  /// a cut-off JSON line) is not part of it; an indented line, or one starting with a stray byte, is taken as a
  /// broken line of the document (pretty-printers indent inner lines, and corruption is not text).
  func canContinue(with line: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let start = line.firstIndex(where: { !JSONDepthTracker.isWhitespace($0) }) else { return true }
    switch line[start] {
    case UInt8(ascii: "{"), UInt8(ascii: "["):
      return lastSignificant == UInt8(ascii: ",") || lastSignificant == UInt8(ascii: "[")
        || lastSignificant == UInt8(ascii: ":")
    case UInt8(ascii: "}"), UInt8(ascii: "]"), UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: "\""),
      UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      return true
    case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
      let rest = UnsafeBufferPointer(rebasing: line[start...])
      let length = Self.literalLength(rest)
      return length > 0 && (rest.count == length || !Self.isLetter(rest[length])) || start > 0
    default:
      return start > 0 || !Self.startsText(line[start])
    }
  }

  /// True when `c` opens a JSON string, object, array or number.
  @inline(__always) static func startsValue(_ c: UInt8) -> Bool {
    c == UInt8(ascii: "\"") || c == UInt8(ascii: "{") || c == UInt8(ascii: "[") || c == UInt8(ascii: "-")
      || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(c)
  }

  /// The length of the JSON literal (`true`, `false`, `null`) that `bytes` starts with, or 0.
  static func literalLength(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    for word in ["true", "false", "null"] where bytes.starts(with: word.utf8) { return word.utf8.count }
    return 0
  }

  @inline(__always) private static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }

  @inline(__always) private static func startsText(_ c: UInt8) -> Bool {
    isLetter(c) || c == UInt8(ascii: "@") || c == UInt8(ascii: "#") || (0xC2...0xF4).contains(c)
  }

  @inline(__always) static func isWhitespace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0D || c == 0x0A }

  static func firstSignificant(_ line: UnsafeBufferPointer<UInt8>) -> UInt8? {
    line.first { !isWhitespace($0) }
  }

  static func lastSignificant(_ line: UnsafeBufferPointer<UInt8>) -> UInt8? {
    line.last { !isWhitespace($0) }
  }
}
