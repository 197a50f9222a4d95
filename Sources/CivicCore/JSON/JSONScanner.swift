/// Strict RFC 8259 JSON validation over UTF-8 bytes, and the entry point to lazy, zero-copy navigation.
///
/// `validate` walks the bytes once without allocating (the container stack is a stack-allocated buffer) and
/// rejects everything RFC 8259 rejects: trailing commas, single quotes, leading zeros, control characters and
/// invalid escapes in strings, invalid UTF-8 anywhere (overlong forms, encoded surrogates, code points above
/// U+10FFFF), a byte-order mark, and data after the value. Nesting deeper than `maxDepth` is an error, never a
/// stack overflow. Numbers are checked against the grammar only, so any size is fine (their raw text is kept).
/// Once valid, `withRoot` hands out a `JSONValue` that navigates the same bytes on demand.
public enum JSONScanner {
  /// Deepest nesting of arrays and objects accepted.
  public static let defaultMaxDepth = 512

  /// Returns `nil` when `bytes` is one valid JSON text, else the first error.
  public static func validate(_ bytes: UnsafeRawBufferPointer, maxDepth: Int = defaultMaxDepth) -> JSONParseError? {
    guard let base = bytes.baseAddress, bytes.count > 0 else {
      return JSONParseError(offset: 0, reason: "empty input")
    }
    return withScratch(of: Int32.self, count: bytes.count) { ends in
      guard let endsBase = ends.baseAddress else { return JSONParseError(offset: 0, reason: "out of memory") }
      return validate(base.assumingMemoryBound(to: UInt8.self), bytes.count, ends: endsBase, maxDepth: maxDepth)
    }
  }

  /// Validates `n` bytes at `p`, writing the end offset of every string and container at its opening offset.
  @usableFromInline
  static func validate(_ p: UnsafePointer<UInt8>, _ n: Int, ends: UnsafeMutablePointer<Int32>, maxDepth: Int)
    -> JSONParseError?
  {
    guard n <= Int(Int32.max) else { return JSONParseError(offset: 0, reason: "record larger than 2 GiB") }
    var validator = JSONValidator(p: p, n: n, ends: ends)
    return withUnsafeTemporaryAllocation(of: Int32.self, capacity: max(maxDepth, 1)) { stack in
      validator.run(stack: stack, maxDepth: maxDepth)
    }
  }

  /// Returns `nil` when `bytes` is one valid JSON text, else the first error.
  public static func validate(_ bytes: [UInt8], maxDepth: Int = defaultMaxDepth) -> JSONParseError? {
    bytes.withUnsafeBytes { validate($0, maxDepth: maxDepth) }
  }

  /// Validates `bytes`; when valid, calls `body` with the root value (valid only inside `body`).
  @inlinable
  public static func withRoot<R>(
    _ bytes: UnsafeRawBufferPointer, maxDepth: Int = defaultMaxDepth, _ body: (JSONValue) throws -> R
  ) rethrows -> Result<R, JSONParseError> {
    guard let base = bytes.baseAddress, bytes.count > 0 else {
      return .failure(JSONParseError(offset: 0, reason: "empty input"))
    }
    let p = base.assumingMemoryBound(to: UInt8.self)
    let n = bytes.count
    return try withScratch(of: Int32.self, count: n) { ends in
      guard let endsBase = ends.baseAddress else {
        return .failure(JSONParseError(offset: 0, reason: "out of memory"))
      }
      if let error = validate(p, n, ends: endsBase, maxDepth: maxDepth) { return .failure(error) }
      let root = JSONValue(base: p, count: n, ends: endsBase, offset: JSONValue.skipWhitespace(p, n, 0))
      return .success(try body(root))
    }
  }

  /// Validates `bytes`; when valid, calls `body` with the root value (valid only inside `body`).
  @inlinable
  public static func withRoot<R>(
    _ bytes: [UInt8], maxDepth: Int = defaultMaxDepth, _ body: (JSONValue) throws -> R
  ) rethrows -> Result<R, JSONParseError> {
    try bytes.withUnsafeBytes { try withRoot($0, maxDepth: maxDepth, body) }
  }
}

/// A scratch buffer: on the stack when small, on the heap when large (a 1 MiB record's index is 4 MiB, too much
/// for the small stacks of worker threads).
@inlinable
func withScratch<T, R>(of type: T.Type, count: Int, _ body: (UnsafeMutableBufferPointer<T>) throws -> R) rethrows -> R {
  if count * MemoryLayout<T>.stride <= 8192 {
    return try withUnsafeTemporaryAllocation(of: type, capacity: count, body)
  }
  let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: count)
  defer { buffer.deallocate() }
  return try body(buffer)
}

/// The single-pass validating state machine behind `JSONScanner.validate`.
struct JSONValidator {
  let p: UnsafePointer<UInt8>
  let n: Int
  let ends: UnsafeMutablePointer<Int32>
  var i = 0

  init(p: UnsafePointer<UInt8>, n: Int, ends: UnsafeMutablePointer<Int32>) {
    self.p = p
    self.n = n
    self.ends = ends
  }

  private func fail(_ reason: String) -> JSONParseError { JSONParseError(offset: i, reason: reason) }

  @inline(__always) private mutating func skipWhitespace() {
    while i < n {
      let c = p[i]
      guard c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 else { return }
      i += 1
    }
  }

  /// `stack[d]` is the offset of the container open at depth `d`.
  mutating func run(stack: UnsafeMutableBufferPointer<Int32>, maxDepth: Int) -> JSONParseError? {
    var depth = 0
    skipWhitespace()
    while true {
      guard i < n else { return fail("unexpected end of input") }
      switch p[i] {
      case UInt8(ascii: "{"), UInt8(ascii: "["):
        let open = i
        let isObject = p[i] == UInt8(ascii: "{")
        i += 1
        skipWhitespace()
        if i < n && p[i] == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
          i += 1
          ends[open] = Int32(truncatingIfNeeded: i)
        } else {
          guard depth < maxDepth else { return fail("nesting deeper than \(maxDepth) levels") }
          stack[depth] = Int32(truncatingIfNeeded: open)
          depth += 1
          if isObject, let error = scanKeyAndColon() { return error }
          continue
        }
      case UInt8(ascii: "\""):
        i += 1
        if let error = scanString() { return error }
      case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
        if let error = scanNumber() { return error }
      case UInt8(ascii: "t"):
        if let error = scanLiteral("true") { return error }
      case UInt8(ascii: "f"):
        if let error = scanLiteral("false") { return error }
      case UInt8(ascii: "n"):
        if let error = scanLiteral("null") { return error }
      case 0x80...:
        return fail(JSONParseError.invalidUTF8Outside(p[i]))
      default:
        return fail("expected a value")
      }
      // A value ended: close containers or move to the next element.
      afterValue: while true {
        skipWhitespace()
        if depth == 0 { return i == n ? nil : fail("unexpected data after the JSON value") }
        guard i < n else { return fail("unexpected end of input") }
        let c = p[i]
        let open = Int(stack[depth - 1])
        let inObject = p[open] == UInt8(ascii: "{")
        if c == UInt8(ascii: ",") {
          i += 1
          skipWhitespace()
          if inObject, let error = scanKeyAndColon() { return error }
          break afterValue
        }
        if c == (inObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
          i += 1
          ends[open] = Int32(truncatingIfNeeded: i)
          depth -= 1
          continue afterValue
        }
        return fail(inObject ? "expected ',' or '}'" : "expected ',' or ']'")
      }
    }
  }

  @inline(__always) private mutating func scanKeyAndColon() -> JSONParseError? {
    guard i < n else { return fail("unexpected end of input") }
    guard p[i] == UInt8(ascii: "\"") else { return fail("expected a string key") }
    i += 1
    if let error = scanString() { return error }
    skipWhitespace()
    guard i < n else { return fail("unexpected end of input") }
    guard p[i] == UInt8(ascii: ":") else { return fail("expected ':'") }
    i += 1
    skipWhitespace()
    return nil
  }

  private mutating func scanLiteral(_ word: StaticString) -> JSONParseError? {
    let length = word.utf8CodeUnitCount
    guard i + length <= n else { return fail("invalid literal") }
    let w = word.utf8Start
    for k in 0..<length where p[i + k] != w[k] { return fail("invalid literal") }
    i += length
    return nil
  }

  private mutating func scanNumber() -> JSONParseError? {
    @inline(__always) func isDigit(_ c: UInt8) -> Bool { c &- UInt8(ascii: "0") < 10 }
    if p[i] == UInt8(ascii: "-") { i += 1 }
    guard i < n, isDigit(p[i]) else { return fail("invalid number") }
    if p[i] == UInt8(ascii: "0") {
      i += 1
    } else {
      while i < n && isDigit(p[i]) { i += 1 }
    }
    if i < n && p[i] == UInt8(ascii: ".") {
      i += 1
      guard i < n, isDigit(p[i]) else { return fail("invalid number") }
      while i < n && isDigit(p[i]) { i += 1 }
    }
    if i < n && (p[i] | 0x20) == UInt8(ascii: "e") {
      i += 1
      if i < n && (p[i] == UInt8(ascii: "+") || p[i] == UInt8(ascii: "-")) { i += 1 }
      guard i < n, isDigit(p[i]) else { return fail("invalid number") }
      while i < n && isDigit(p[i]) { i += 1 }
    }
    return nil
  }

  /// Scans string content after the opening quote, through the closing quote, and indexes its end.
  @inline(__always) private mutating func scanString() -> JSONParseError? {
    let open = i - 1
    var j = i  // a local cursor keeps the hot loop in registers
    defer { i = j }
    let p = self.p
    let n = self.n
    while true {
      // Eight bytes at a time to the first quote, backslash, control or non-ASCII byte.
      while j + 8 <= n {
        let mask = JSONValidator.attentionMask(UnsafeRawPointer(p + j).loadUnaligned(as: UInt64.self))
        if mask != 0 {
          j += mask.trailingZeroBitCount >> 3
          break
        }
        j += 8
      }
      guard j < n else { return JSONParseError(offset: j, reason: "unterminated string") }
      let c = p[j]
      if c == UInt8(ascii: "\"") {
        j += 1
        ends[open] = Int32(truncatingIfNeeded: j)
        return nil
      }
      if c == UInt8(ascii: "\\") {
        guard j + 1 < n else { return JSONParseError(offset: j, reason: "unterminated string") }
        switch p[j + 1] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
          UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
          j += 2
        case UInt8(ascii: "u"):
          guard j + 6 <= n, JSONValue.hexValue(p + j + 2) != nil else {
            return JSONParseError(offset: j, reason: "invalid \\u escape")
          }
          j += 6
        default:
          return JSONParseError(offset: j, reason: "invalid escape")
        }
        continue
      }
      if c < 0x20 { return JSONParseError(offset: j, reason: "control character in string") }
      if c < 0x80 {
        j += 1
        continue
      }
      guard let length = JSONValidator.utf8SequenceLength(p, n, j) else {
        return JSONParseError(offset: j, reason: JSONParseError.invalidUTF8)
      }
      j += length
    }
  }

  /// High bit set in each byte (little-endian) that is a quote, a backslash, a control character or non-ASCII;
  /// bytes above the first flagged one may be flagged spuriously, the lowest flag is exact.
  @inline(__always) static func attentionMask(_ w: UInt64) -> UInt64 {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    let quote = w ^ (ones &* 0x22)
    let backslash = w ^ (ones &* 0x5C)
    let hasQuote = (quote &- ones) & ~quote
    let hasBackslash = (backslash &- ones) & ~backslash
    let hasControl = (w &- ones &* 0x20) & ~w
    return (hasQuote | hasBackslash | hasControl | w) & highs
  }

  /// Length of the well-formed UTF-8 sequence starting at `i` (lead byte >= 0x80), or nil (Unicode table 3-7).
  @inline(__always)
  static func utf8SequenceLength(_ p: UnsafePointer<UInt8>, _ n: Int, _ i: Int) -> Int? {
    let c = p[i]
    @inline(__always) func isContinuation(_ k: Int) -> Bool { i + k < n && p[i + k] & 0xC0 == 0x80 }
    switch c {
    case 0xC2...0xDF:
      return isContinuation(1) ? 2 : nil
    case 0xE0...0xEF:
      guard i + 2 < n else { return nil }
      let c1 = p[i + 1]
      let ok = c == 0xE0 ? (0xA0...0xBF).contains(c1) : c == 0xED ? (0x80...0x9F).contains(c1) : c1 & 0xC0 == 0x80
      return ok && isContinuation(2) ? 3 : nil
    case 0xF0...0xF4:
      guard i + 3 < n else { return nil }
      let c1 = p[i + 1]
      let ok = c == 0xF0 ? (0x90...0xBF).contains(c1) : c == 0xF4 ? (0x80...0x8F).contains(c1) : c1 & 0xC0 == 0x80
      return ok && isContinuation(2) && isContinuation(3) ? 4 : nil
    default:
      return nil
    }
  }
}

extension JSONParseError {
  static func invalidUTF8Outside(_ byte: UInt8) -> String { "unexpected byte 0x\(String(byte, radix: 16))" }
}
