/// A lazily navigated view of one value inside a validated JSON text (see `JSONScanner.withRoot`).
///
/// It is a pointer and an offset: nothing is parsed or copied until asked. Object lookup and array iteration skip
/// over the bytes of values they pass; strings are unescaped into a Swift `String` only when `string` is read;
/// numbers are available as their raw text. Only valid inside the `withRoot` closure that produced it.
public struct JSONValue {
  public enum Kind: Sendable, Equatable {
    case object, array, string, number, bool, null
  }

  @usableFromInline let base: UnsafePointer<UInt8>
  @usableFromInline let count: Int
  /// The validator's index: for the offset of every `"`, `{` and `[` that opens a string, object or array, the
  /// offset just past its end. Skipping a value is then one load.
  @usableFromInline let ends: UnsafePointer<Int32>
  /// Byte offset of the value's first byte in the record.
  public let offset: Int

  @inlinable init(base: UnsafePointer<UInt8>, count: Int, ends: UnsafePointer<Int32>, offset: Int) {
    self.base = base
    self.count = count
    self.ends = ends
    self.offset = offset
  }

  @inlinable func value(at offset: Int) -> JSONValue {
    JSONValue(base: base, count: count, ends: ends, offset: offset)
  }

  /// Offset of the closing quote of the string whose opening quote is at `start`.
  @inlinable @inline(__always) func stringEnd(_ start: Int) -> Int { Int(ends[start]) - 1 }

  public var kind: Kind {
    switch base[offset] {
    case UInt8(ascii: "{"): return .object
    case UInt8(ascii: "["): return .array
    case UInt8(ascii: "\""): return .string
    case UInt8(ascii: "t"), UInt8(ascii: "f"): return .bool
    case UInt8(ascii: "n"): return .null
    default: return .number
    }
  }

  @inlinable public var isObject: Bool { base[offset] == UInt8(ascii: "{") }
  @inlinable public var isArray: Bool { base[offset] == UInt8(ascii: "[") }
  @inlinable public var isString: Bool { base[offset] == UInt8(ascii: "\"") }
  @inlinable public var isNull: Bool { base[offset] == UInt8(ascii: "n") }
  @inlinable public var isNumber: Bool { kind == .number }

  /// `true`/`false` for booleans, else nil.
  public var bool: Bool? {
    switch base[offset] {
    case UInt8(ascii: "t"): return true
    case UInt8(ascii: "f"): return false
    default: return nil
    }
  }

  /// Offset just past the value's last byte.
  @inlinable public var endOffset: Int { skip(offset) }

  // MARK: Objects

  /// The member named `key` of an object (first match), or nil when absent or not an object.
  @inlinable public subscript(key: StaticString) -> JSONValue? {
    guard isObject else { return nil }
    var found: JSONValue?
    forEachMember { name, value in
      if name == key {
        found = value
        return false
      }
      return true
    }
    return found
  }

  /// Follows a path of object keys, e.g. `value["extended_tweet", "full_text"]`.
  @inlinable public subscript(first: StaticString, rest: StaticString...) -> JSONValue? {
    var current = self[first]
    for key in rest { current = current?[key] }
    return current
  }

  /// Calls `body` with each member of an object in order until it returns false. Does nothing for non-objects.
  @inlinable public func forEachMember(_ body: (JSONKey, JSONValue) throws -> Bool) rethrows {
    guard isObject else { return }
    var i = JSONValue.skipWhitespace(base, count, offset + 1)
    if base[i] == UInt8(ascii: "}") { return }
    while true {
      let keyEnd = stringEnd(i)
      let key = JSONKey(base: base, start: i + 1, end: keyEnd)
      i = JSONValue.skipWhitespace(base, count, keyEnd + 1) + 1  // past ':'
      i = JSONValue.skipWhitespace(base, count, i)
      guard try body(key, value(at: i)) else { return }
      i = JSONValue.skipWhitespace(base, count, skip(i))
      guard base[i] == UInt8(ascii: ",") else { return }
      i = JSONValue.skipWhitespace(base, count, i + 1)
    }
  }

  // MARK: Arrays

  /// Calls `body` with each element of an array in order until it returns false. Does nothing for non-arrays.
  @inlinable public func forEachElement(_ body: (JSONValue) throws -> Bool) rethrows {
    guard isArray else { return }
    var i = JSONValue.skipWhitespace(base, count, offset + 1)
    if base[i] == UInt8(ascii: "]") { return }
    while true {
      guard try body(value(at: i)) else { return }
      i = JSONValue.skipWhitespace(base, count, skip(i))
      guard base[i] == UInt8(ascii: ",") else { return }
      i = JSONValue.skipWhitespace(base, count, i + 1)
    }
  }

  /// The elements of an array (empty for non-arrays). Allocates; prefer `forEachElement` on hot paths.
  public var elements: [JSONValue] {
    var out: [JSONValue] = []
    forEachElement {
      out.append($0)
      return true
    }
    return out
  }

  // MARK: Strings and numbers

  /// The unescaped string (lone surrogate escapes become U+FFFD), or nil when not a string.
  public var string: String? {
    guard isString else { return nil }
    let end = stringEnd(offset)
    return JSONString.makeString(base + offset + 1, count: end - offset - 1)
  }

  /// A string's unescaped text, or a number's raw text (ids and epoch times come as either), else nil.
  public var text: String? {
    if isString { return string }
    guard isNumber else { return nil }
    return String(decoding: UnsafeBufferPointer(start: base + offset, count: endOffset - offset), as: UTF8.self)
  }

  /// True when this is a string whose unescaped text equals `literal` (no allocation for plain strings).
  @inlinable public func stringEquals(_ literal: StaticString) -> Bool {
    guard isString else { return false }
    let end = stringEnd(offset)
    return JSONKey(base: base, start: offset + 1, end: end) == literal
  }

  /// Calls `body` with the unescaped UTF-8 bytes of a string (no copy when it has no escapes); nil if not a string.
  @inlinable public func withUnescapedBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R? {
    guard isString else { return nil }
    let end = stringEnd(offset)
    return try JSONString.withUnescaped(base + offset + 1, count: end - offset - 1, body)
  }

  /// Calls `body` with the value's raw bytes as written (a string's bytes exclude the quotes and keep escapes).
  @inlinable public func withRawBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
    if isString {
      let end = stringEnd(offset)
      return try body(UnsafeBufferPointer(start: base + offset + 1, count: end - offset - 1))
    }
    return try body(UnsafeBufferPointer(start: base + offset, count: endOffset - offset))
  }

  /// A number (or a string of digits) as Int64 when it is an integer that fits, else nil.
  public var int64: Int64? {
    let quoted = base[offset] == UInt8(ascii: "\"")
    var i = quoted ? offset + 1 : offset
    let negative = i < count && base[i] == UInt8(ascii: "-")
    if negative { i += 1 }
    let first = i
    var result: Int64 = 0
    while i < count {
      let digit = base[i] &- UInt8(ascii: "0")
      guard digit < 10 else { break }
      let (times, overflow1) = result.multipliedReportingOverflow(by: 10)
      let (sum, overflow2) = times.addingReportingOverflow(Int64(digit))
      guard !overflow1, !overflow2 else { return nil }
      result = sum
      i += 1
    }
    guard i > first else { return nil }
    // The digits must be the whole value: a closing quote, or no fraction or exponent after them.
    if quoted {
      guard i < count, base[i] == UInt8(ascii: "\"") else { return nil }
    } else if i < count, base[i] == UInt8(ascii: ".") || base[i] | 0x20 == UInt8(ascii: "e") {
      return nil
    }
    return negative ? -result : result
  }

  // MARK: Skipping (the text is known to be valid)

  @inlinable @inline(__always)
  static func skipWhitespace(_ p: UnsafePointer<UInt8>, _ n: Int, _ start: Int) -> Int {
    var i = start
    while i < n {
      let c = p[i]
      guard c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 else { return i }
      i += 1
    }
    return i
  }

  /// Offset just past the value starting at `start` (strings and containers from the index, scalars scanned).
  @inlinable @inline(__always)
  func skip(_ start: Int) -> Int {
    let c = base[start]
    if c == UInt8(ascii: "\"") || c == UInt8(ascii: "{") || c == UInt8(ascii: "[") { return Int(ends[start]) }
    var i = start + 1
    while i < count {
      let c = base[i]
      if c == UInt8(ascii: ",") || c == UInt8(ascii: "}") || c == UInt8(ascii: "]") || c <= 0x20 { return i }
      i += 1
    }
    return count
  }

  /// Value of 4 hex digits at `p`, or nil.
  @inlinable static func hexValue(_ p: UnsafePointer<UInt8>) -> UInt32? {
    var value: UInt32 = 0
    for k in 0..<4 {
      let c = p[k]
      let digit: UInt8
      switch c {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = c - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = c - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = c - UInt8(ascii: "A") + 10
      default: return nil
      }
      value = value << 4 | UInt32(digit)
    }
    return value
  }
}

/// An object member's name as raw bytes inside the record; compares to literals without allocating.
public struct JSONKey {
  @usableFromInline let base: UnsafePointer<UInt8>
  @usableFromInline let start: Int
  @usableFromInline let end: Int

  @inlinable init(base: UnsafePointer<UInt8>, start: Int, end: Int) {
    self.base = base
    self.start = start
    self.end = end
  }

  /// Length of the raw (escaped) name in bytes.
  @inlinable public var length: Int { end - start }

  /// The unescaped name.
  public var string: String { JSONString.makeString(base + start, count: end - start) }

  @inlinable @inline(__always) public static func == (key: JSONKey, literal: StaticString) -> Bool {
    let length = literal.utf8CodeUnitCount
    let raw = key.end - key.start
    if raw == length {
      let a = key.base + key.start
      let b = literal.utf8Start
      return length == 0 || (a[0] == b[0] && memcmpEqual(a + 1, b + 1, length - 1))
    }
    // An escaped name is longer than its text; compare its unescaped form (rare).
    guard raw > length, memchrByte(key.base + key.start, raw, UInt8(ascii: "\\")) else { return false }
    return key.string == literal.description
  }

  @inlinable @inline(__always)
  static func memcmpEqual(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ length: Int) -> Bool {
    for k in 0..<length where a[k] != b[k] { return false }
    return true
  }

  @inlinable static func memchrByte(_ p: UnsafePointer<UInt8>, _ length: Int, _ byte: UInt8) -> Bool {
    for k in 0..<length where p[k] == byte { return true }
    return false
  }
}
