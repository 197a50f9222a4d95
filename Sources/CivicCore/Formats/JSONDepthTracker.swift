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
  func canContinue(with line: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = JSONDepthTracker.firstSignificant(line), first == UInt8(ascii: "{") || first == UInt8(ascii: "[")
    else { return true }
    return lastSignificant == UInt8(ascii: ",") || lastSignificant == UInt8(ascii: "[")
      || lastSignificant == UInt8(ascii: ":")
  }

  @inline(__always) static func isWhitespace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0D || c == 0x0A }

  static func firstSignificant(_ line: UnsafeBufferPointer<UInt8>) -> UInt8? {
    line.first { !isWhitespace($0) }
  }

  static func lastSignificant(_ line: UnsafeBufferPointer<UInt8>) -> UInt8? {
    line.last { !isWhitespace($0) }
  }
}
