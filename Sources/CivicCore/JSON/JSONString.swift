#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Unescaping of JSON string content (the bytes between the quotes of a validated string).
///
/// Escapes become their characters; `\uXXXX` pairs become one code point; a lone surrogate becomes U+FFFD.
/// The unescaped text is never longer than the escaped bytes, so one buffer of the raw length always suffices.
public enum JSONString {
  /// The unescaped string for `count` raw bytes at `p`.
  public static func makeString(_ p: UnsafePointer<UInt8>, count: Int) -> String {
    guard count > 0 else { return "" }
    if !containsBackslash(p, count) {
      return String(decoding: UnsafeBufferPointer(start: p, count: count), as: UTF8.self)
    }
    return String(unsafeUninitializedCapacity: count) { buffer in
      guard let out = buffer.baseAddress else { return 0 }
      return unescape(p, count: count, into: out)
    }
  }

  /// Calls `body` with the unescaped bytes (the raw bytes themselves when there are no escapes).
  @inlinable
  public static func withUnescaped<R>(
    _ p: UnsafePointer<UInt8>, count: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R
  ) rethrows -> R {
    if count == 0 || !containsBackslash(p, count) { return try body(UnsafeBufferPointer(start: p, count: count)) }
    return try withScratch(of: UInt8.self, count: count) { buffer in
      guard let out = buffer.baseAddress else { return try body(UnsafeBufferPointer(start: p, count: 0)) }
      return try body(UnsafeBufferPointer(start: out, count: unescape(p, count: count, into: out)))
    }
  }

  @inlinable static func containsBackslash(_ p: UnsafePointer<UInt8>, _ count: Int) -> Bool {
    memchr(p, Int32(UInt8(ascii: "\\")), count) != nil
  }

  /// Writes the unescaped form of `count` raw bytes at `p` to `out` (room for `count` bytes); returns its length.
  @usableFromInline
  static func unescape(_ p: UnsafePointer<UInt8>, count: Int, into out: UnsafeMutablePointer<UInt8>) -> Int {
    var i = 0
    var o = 0
    while i < count {
      let c = p[i]
      guard c == UInt8(ascii: "\\"), i + 1 < count else {
        out[o] = c
        o += 1
        i += 1
        continue
      }
      let e = p[i + 1]
      i += 2
      switch e {
      case UInt8(ascii: "b"): out[o] = 0x08
      case UInt8(ascii: "f"): out[o] = 0x0C
      case UInt8(ascii: "n"): out[o] = 0x0A
      case UInt8(ascii: "r"): out[o] = 0x0D
      case UInt8(ascii: "t"): out[o] = 0x09
      case UInt8(ascii: "u"):
        guard i + 4 <= count, let unit = JSONValue.hexValue(p + i) else {
          o += writeScalar(0xFFFD, out + o)
          continue
        }
        i += 4
        var scalar = unit
        if (0xD800...0xDBFF).contains(unit) {
          // A high surrogate must be followed by an escaped low surrogate.
          if i + 6 <= count, p[i] == UInt8(ascii: "\\"), p[i + 1] == UInt8(ascii: "u"),
            let low = JSONValue.hexValue(p + i + 2), (0xDC00...0xDFFF).contains(low)
          {
            scalar = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
            i += 6
          } else {
            scalar = 0xFFFD
          }
        } else if (0xDC00...0xDFFF).contains(unit) {
          scalar = 0xFFFD
        }
        o += writeScalar(scalar, out + o)
        continue
      default: out[o] = e  // \" \\ \/
      }
      o += 1
    }
    return o
  }

  /// Writes `scalar` as UTF-8; returns the number of bytes written.
  @usableFromInline @inline(__always)
  static func writeScalar(_ scalar: UInt32, _ out: UnsafeMutablePointer<UInt8>) -> Int {
    switch scalar {
    case 0..<0x80:
      out[0] = UInt8(scalar)
      return 1
    case 0x80..<0x800:
      out[0] = UInt8(0xC0 | scalar >> 6)
      out[1] = UInt8(0x80 | scalar & 0x3F)
      return 2
    case 0x800..<0x10000:
      out[0] = UInt8(0xE0 | scalar >> 12)
      out[1] = UInt8(0x80 | scalar >> 6 & 0x3F)
      out[2] = UInt8(0x80 | scalar & 0x3F)
      return 3
    default:
      out[0] = UInt8(0xF0 | scalar >> 18)
      out[1] = UInt8(0x80 | scalar >> 12 & 0x3F)
      out[2] = UInt8(0x80 | scalar >> 6 & 0x3F)
      out[3] = UInt8(0x80 | scalar & 0x3F)
      return 4
    }
  }
}
