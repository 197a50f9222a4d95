import CJSONScan

/// Strict RFC 8259 JSON validation over UTF-8 bytes, and the entry point to lazy, zero-copy navigation.
///
/// `validate` walks the bytes once (its index and container stack live in per-thread reused scratch memory) and
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
    let n = bytes.count
    return withScratch(of: Int32.self, count: scratchCount(n, maxDepth)) { scratch in
      guard let scratchBase = scratch.baseAddress else { return JSONParseError(offset: 0, reason: "out of memory") }
      return validate(base.assumingMemoryBound(to: UInt8.self), n, scratch: scratchBase, maxDepth: maxDepth)
    }
  }

  /// Scratch `Int32`s that validating `n` bytes needs: the index (`n`), then the container stack (no deeper than
  /// `maxDepth`, nor than the number of bytes).
  @usableFromInline
  static func scratchCount(_ n: Int, _ maxDepth: Int) -> Int { n + min(max(maxDepth, 1), n) + 1 }

  /// Validates `n` bytes at `p`, writing the end offset of every string and container at its opening offset into
  /// the first `n` entries of `scratch` (which has `scratchCount(n, maxDepth)` entries).
  @usableFromInline
  static func validate(_ p: UnsafePointer<UInt8>, _ n: Int, scratch: UnsafeMutablePointer<Int32>, maxDepth: Int)
    -> JSONParseError?
  {
    guard n <= Int(Int32.max) else { return JSONParseError(offset: 0, reason: "record larger than 2 GiB") }
    #if arch(x86_64)
      // The C scanner accepts exactly what `JSONValidator` accepts and writes the same index, with wider vectors
      // when the CPU has them; when it rejects, `JSONValidator` runs again to say why.
      if cjsonscan_validate(p, Int64(n), scratch, scratch + n, Int64(maxDepth)) != 0 { return nil }
    #endif
    var validator = JSONValidator(p: p, n: n, ends: scratch)
    let stack = UnsafeMutableBufferPointer(start: scratch + n, count: scratchCount(n, maxDepth) - n)
    return validator.run(stack: stack, maxDepth: maxDepth)
  }

  /// The widest instruction-set level of the C scanner on this CPU: 0 byte by byte, 1 SSE2, 2 AVX2.
  static var bestScanLevel: Int32 { cjsonscan_best_level() }

  /// The index that validating `bytes` writes (entries it does not write are -1) when they are valid, else nil:
  /// with the C scanner at `level` (0...`bestScanLevel`), or with `JSONValidator` alone when `level` is nil.
  /// For tests that compare the two; a level above `bestScanLevel` rejects everything.
  static func index(_ bytes: [UInt8], level: Int32?, maxDepth: Int = defaultMaxDepth) -> [Int32]? {
    let n = bytes.count
    guard n > 0 else { return nil }
    var scratch = [Int32](repeating: -1, count: scratchCount(n, maxDepth))
    let valid = bytes.withUnsafeBufferPointer { input in
      scratch.withUnsafeMutableBufferPointer { buffer in
        guard let p = input.baseAddress, let base = buffer.baseAddress else { return false }
        guard let level else {
          var validator = JSONValidator(p: p, n: n, ends: base)
          let stack = UnsafeMutableBufferPointer(rebasing: buffer[n...])
          return validator.run(stack: stack, maxDepth: maxDepth) == nil
        }
        return cjsonscan_validate_at_level(level, p, Int64(n), base, base + n, Int64(maxDepth)) != 0
      }
    }
    return valid ? Array(scratch[0..<n]) : nil
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
    return try withScratch(of: Int32.self, count: scratchCount(n, maxDepth)) { scratch in
      guard let endsBase = scratch.baseAddress else {
        return .failure(JSONParseError(offset: 0, reason: "out of memory"))
      }
      if let error = validate(p, n, scratch: endsBase, maxDepth: maxDepth) { return .failure(error) }
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

  /// Validates `bytes`; when valid, calls `body` with the root value (valid only inside `body`).
  @inlinable
  public static func withRoot<R>(
    _ bytes: ArraySlice<UInt8>, maxDepth: Int = defaultMaxDepth, _ body: (JSONValue) throws -> R
  ) rethrows -> Result<R, JSONParseError> {
    try bytes.withUnsafeBytes { try withRoot($0, maxDepth: maxDepth, body) }
  }
}

/// Scratch memory for `count` values of a trivial type, valid only inside `body`: the calling thread's cached
/// block when it is free and large enough (no allocation per record), else a fresh one.
@inlinable
func withScratch<T, R>(of type: T.Type, count: Int, _ body: (UnsafeMutableBufferPointer<T>) throws -> R) rethrows -> R {
  let byteCount = max(count, 1) * MemoryLayout<T>.stride
  guard MemoryLayout<T>.alignment <= ScratchMemory.alignment, let memory = ScratchMemory.take(byteCount: byteCount)
  else {
    let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: max(count, 1))
    defer { buffer.deallocate() }
    return try body(UnsafeMutableBufferPointer(rebasing: buffer[0..<count]))
  }
  defer { ScratchMemory.give(memory) }
  return try body(UnsafeMutableBufferPointer(start: memory.bindMemory(to: T.self, capacity: count), count: count))
}

/// The single-pass validating state machine behind `JSONScanner.validate`.
///
/// The cursor lives in a local variable passed `inout` to always-inlined helpers, so the hot loops keep it in a
/// register; helpers report failure by returning `false` after recording why (no error value on the happy path).
struct JSONValidator {
  let p: UnsafePointer<UInt8>
  let n: Int
  let ends: UnsafeMutablePointer<Int32>
  private var failure: StaticString = ""
  private var failureOffset = 0
  private var failureKind = FailureKind.plain

  private enum FailureKind {
    case plain
    case nesting(Int)
    case byteOutside(UInt8)
  }

  init(p: UnsafePointer<UInt8>, n: Int, ends: UnsafeMutablePointer<Int32>) {
    self.p = p
    self.n = n
    self.ends = ends
  }

  @inline(__always) private mutating func fail(_ reason: StaticString, at offset: Int) -> Bool {
    failure = reason
    failureOffset = offset
    return false
  }

  /// The first offset at or after `start` that is not JSON whitespace.
  @inline(__always) private func skipWhitespace(_ start: Int) -> Int { JSONValue.skipWhitespace(p, n, start) }

  /// `stack[d]` is the offset of the container open at depth `d`.
  mutating func run(stack: UnsafeMutableBufferPointer<Int32>, maxDepth: Int) -> JSONParseError? {
    guard let stackBase = stack.baseAddress else { return JSONParseError(offset: 0, reason: "out of memory") }
    if scan(stack: stackBase, maxDepth: maxDepth) { return nil }
    switch failureKind {
    case .plain: return JSONParseError(offset: failureOffset, reason: failure.description)
    case .nesting(let limit):
      return JSONParseError(offset: failureOffset, reason: "nesting deeper than \(limit) levels")
    case .byteOutside(let byte):
      return JSONParseError(offset: failureOffset, reason: JSONParseError.invalidUTF8Outside(byte))
    }
  }

  private mutating func scan(stack: UnsafeMutablePointer<Int32>, maxDepth: Int) -> Bool {
    var depth = 0
    var inObject = false
    // Set when an object member comes next: its key and colon are scanned at the top of the loop, the one place
    // that does it, so the scan is inlined there.
    var expectKey = false
    var i = skipWhitespace(0)
    nextValue: while true {
      if expectKey {
        expectKey = false
        // Most keys are plain and followed by the colon: indexed here; anything else takes the general scan.
        if i < n, p[i] == UInt8(ascii: "\""), let end = plainStringEnd(i), end < n, p[end] == UInt8(ascii: ":") {
          ends[i] = Int32(truncatingIfNeeded: end)
          i = skipWhitespace(end &+ 1)
        } else {
          guard scanKeyAndColon(&i) else { return false }
        }
      }
      guard i < n else { return fail("unexpected end of input", at: i) }
      let c = p[i]
      switch c {
      case UInt8(ascii: "\""):
        if let end = plainStringEnd(i) {
          ends[i] = Int32(truncatingIfNeeded: end)
          i = end
        } else {
          guard scanString(&i) else { return false }
        }
      case UInt8(ascii: "{"), UInt8(ascii: "["):
        let open = i
        let isObject = c == UInt8(ascii: "{")
        i = skipWhitespace(i &+ 1)
        if i < n && p[i] == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
          i &+= 1
          ends[open] = Int32(truncatingIfNeeded: i)
        } else {
          guard depth < maxDepth else {
            failureKind = .nesting(maxDepth)
            failureOffset = open
            return false
          }
          stack[depth] = Int32(truncatingIfNeeded: open)
          depth &+= 1
          inObject = isObject
          expectKey = isObject
          continue nextValue
        }
      case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
        guard scanNumber(&i) else { return false }
      case UInt8(ascii: "t"):
        guard scanLiteral(&i, "true") else { return false }
      case UInt8(ascii: "f"):
        guard scanLiteral(&i, "false") else { return false }
      case UInt8(ascii: "n"):
        guard scanLiteral(&i, "null") else { return false }
      case 0x80...:
        failureKind = .byteOutside(c)
        failureOffset = i
        return false
      default:
        return fail("expected a value", at: i)
      }
      // A value ended: close containers or move to the next element.
      while true {
        i = skipWhitespace(i)
        if depth == 0 { return i == n ? true : fail("unexpected data after the JSON value", at: i) }
        guard i < n else { return fail("unexpected end of input", at: i) }
        let c = p[i]
        if c == UInt8(ascii: ",") {
          i = skipWhitespace(i &+ 1)
          expectKey = inObject
          continue nextValue
        }
        guard c == (inObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) else {
          return fail(inObject ? "expected ',' or '}'" : "expected ',' or ']'", at: i)
        }
        i &+= 1
        depth &-= 1
        ends[Int(stack[depth])] = Int32(truncatingIfNeeded: i)
        if depth > 0 { inObject = p[Int(stack[depth &- 1])] == UInt8(ascii: "{") }
      }
    }
  }

  /// Offset just past the closing quote of the string whose opening quote is at `open`, when its body has no
  /// escape, control or non-ASCII byte and at least sixteen bytes follow each part of it scanned (SSE2 only);
  /// else nil, and `scanString` does the whole job (with its errors).
  @inline(__always) private func plainStringEnd(_ open: Int) -> Int? {
    #if arch(x86_64)
      var j = open &+ 1
      while j &+ 16 <= n {
        let mask = cjsonscan_string_attention16(p + j)
        if mask != 0 {
          let at = j &+ mask.trailingZeroBitCount
          return p[at] == UInt8(ascii: "\"") ? at &+ 1 : nil
        }
        j &+= 16
      }
    #endif
    return nil
  }

  @inline(never) private mutating func scanKeyAndColon(_ i: inout Int) -> Bool {
    guard i < n else { return fail("unexpected end of input", at: i) }
    guard p[i] == UInt8(ascii: "\"") else { return fail("expected a string key", at: i) }
    guard scanString(&i) else { return false }
    if i < n && p[i] != UInt8(ascii: ":") { i = skipWhitespace(i) }
    guard i < n else { return fail("unexpected end of input", at: i) }
    guard p[i] == UInt8(ascii: ":") else { return fail("expected ':'", at: i) }
    i = skipWhitespace(i &+ 1)
    return true
  }

  private mutating func scanLiteral(_ i: inout Int, _ word: StaticString) -> Bool {
    let length = word.utf8CodeUnitCount
    guard i + length <= n else { return fail("invalid literal", at: i) }
    let w = word.utf8Start
    for k in 0..<length where p[i + k] != w[k] { return fail("invalid literal", at: i) }
    i += length
    return true
  }

  @inline(__always) private mutating func scanNumber(_ cursor: inout Int) -> Bool {
    @inline(__always) func isDigit(_ c: UInt8) -> Bool { c &- UInt8(ascii: "0") < 10 }
    var i = cursor
    defer { cursor = i }
    if p[i] == UInt8(ascii: "-") { i &+= 1 }
    guard i < n, isDigit(p[i]) else { return fail("invalid number", at: i) }
    if p[i] == UInt8(ascii: "0") {
      i &+= 1
    } else {
      while i < n && isDigit(p[i]) { i &+= 1 }
    }
    if i < n && p[i] == UInt8(ascii: ".") {
      i &+= 1
      guard i < n, isDigit(p[i]) else { return fail("invalid number", at: i) }
      while i < n && isDigit(p[i]) { i &+= 1 }
    }
    if i < n && (p[i] | 0x20) == UInt8(ascii: "e") {
      i &+= 1
      if i < n && (p[i] == UInt8(ascii: "+") || p[i] == UInt8(ascii: "-")) { i &+= 1 }
      guard i < n, isDigit(p[i]) else { return fail("invalid number", at: i) }
      while i < n && isDigit(p[i]) { i &+= 1 }
    }
    return true
  }

  /// Scans a string from its opening quote (at `cursor`) through its closing quote, and indexes its end.
  @inline(never) private mutating func scanString(_ cursor: inout Int) -> Bool {
    let open = cursor
    var j = cursor &+ 1
    let p = self.p
    let n = self.n
    while true {
      j = JSONValidator.skipPlainStringBytes(p, n, j)
      guard j < n else { return fail("unterminated string", at: j) }
      let c = p[j]
      if c == UInt8(ascii: "\"") {
        j &+= 1
        ends[open] = Int32(truncatingIfNeeded: j)
        cursor = j
        return true
      }
      if c == UInt8(ascii: "\\") {
        guard j + 1 < n else { return fail("unterminated string", at: j) }
        switch p[j + 1] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
          UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
          j &+= 2
        case UInt8(ascii: "u"):
          guard j + 6 <= n, JSONValue.hexValue(p + j + 2) != nil else { return fail("invalid \\u escape", at: j) }
          j &+= 6
        default:
          return fail("invalid escape", at: j)
        }
        continue
      }
      if c < 0x20 { return fail("control character in string", at: j) }
      if c < 0x80 {
        j &+= 1
        continue
      }
      guard let length = JSONValidator.utf8SequenceLength(p, n, j) else {
        failure = "invalid UTF-8"
        failureOffset = j
        return false
      }
      j &+= length
    }
  }

  /// The first offset at or after `start` of a quote, backslash, control or non-ASCII byte, or an offset less than
  /// eight bytes from the end (the caller goes on byte by byte): sixteen bytes at a time with SSE2, then eight.
  @inline(__always)
  static func skipPlainStringBytes(_ p: UnsafePointer<UInt8>, _ n: Int, _ start: Int) -> Int {
    var j = start
    #if arch(x86_64)
      while j &+ 16 <= n {
        let mask = cjsonscan_string_attention16(p + j)
        if mask != 0 { return j &+ mask.trailingZeroBitCount }
        j &+= 16
      }
    #endif
    while j &+ 8 <= n {
      let mask = attentionMask(UnsafeRawPointer(p + j).loadUnaligned(as: UInt64.self))
      if mask != 0 { return j &+ mask.trailingZeroBitCount &>> 3 }
      j &+= 8
    }
    return j
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
