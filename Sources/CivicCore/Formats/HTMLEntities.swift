#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Decodes HTML character references (`&amp;`, `&lt;`, `&#8217;`, `&#x1F600;` ...) in UTF-8 text.
///
/// Tweet text arrives with `&amp;`, `&lt;` and `&gt;` escaped; Mastodon HTML uses named and numeric references.
/// Unknown or unterminated references are kept as written. Decoding never makes text longer.
public enum HTMLEntities {
  /// The text with character references decoded.
  public static func decode(_ text: String) -> String {
    var copy = text
    return copy.withUTF8 { decode($0) }
  }

  /// The bytes (valid UTF-8) as a String with character references decoded.
  public static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    guard let base = bytes.baseAddress, bytes.count > 0 else { return "" }
    guard memchr(base, Int32(UInt8(ascii: "&")), bytes.count) != nil else {
      return String(decoding: bytes, as: UTF8.self)
    }
    return String(unsafeUninitializedCapacity: bytes.count) { out in
      guard let o = out.baseAddress else { return 0 }
      return decode(base, bytes.count, into: o)
    }
  }

  /// Calls `body` with the bytes `decode(_:)` would turn into a String (the bytes themselves when they hold no
  /// reference), without building that String.
  static func withDecoded<R>(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    guard let base = bytes.baseAddress, bytes.count > 0, memchr(base, Int32(UInt8(ascii: "&")), bytes.count) != nil
    else { return body(bytes) }
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { out in
      guard let o = out.baseAddress else { return body(UnsafeBufferPointer(start: base, count: 0)) }
      return body(UnsafeBufferPointer(start: o, count: decode(base, bytes.count, into: o)))
    }
  }

  /// Writes `count` bytes at `base` with references decoded to `o` (room for `count` bytes); returns the length.
  private static func decode(_ base: UnsafePointer<UInt8>, _ count: Int, into o: UnsafeMutablePointer<UInt8>) -> Int {
    var i = 0
    var written = 0
    while i < count {
      if base[i] == UInt8(ascii: "&"), let (scalar, length) = reference(base + i, count - i) {
        if let scalar { written += JSONString.writeScalar(scalar, o + written) }
        i += length
      } else {
        o[written] = base[i]
        written += 1
        i += 1
      }
    }
    return written
  }

  /// The reference starting at `p` (which points at '&'): its scalar (nil = drop it) and its length in bytes.
  static func reference(_ p: UnsafePointer<UInt8>, _ available: Int) -> (UInt32?, Int)? {
    let limit = min(available, 12)
    var semicolon = 1
    while semicolon < limit && p[semicolon] != UInt8(ascii: ";") { semicolon += 1 }
    guard semicolon < limit, semicolon > 1 else { return nil }
    let length = semicolon + 1
    if p[1] == UInt8(ascii: "#") {
      var value: UInt32 = 0
      var k = 2
      let hex = k < semicolon && (p[k] | 0x20) == UInt8(ascii: "x")
      if hex { k += 1 }
      guard k < semicolon else { return nil }
      while k < semicolon {
        let c = p[k]
        let digit: UInt32
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(c - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f") where hex: digit = UInt32(c - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F") where hex: digit = UInt32(c - UInt8(ascii: "A") + 10)
        default: return nil
        }
        value = value * (hex ? 16 : 10) + digit
        guard value <= 0x10FFFF else { return (0xFFFD, length) }
        k += 1
      }
      switch value {
      case 0, 0xD800...0xDFFF: return (0xFFFD, length)
      case 0x01...0x08, 0x0B, 0x0E...0x1F, 0x7F: return (nil, length)
      case 0x80...0x9F:
        let replacement = windows1252[Int(value - 0x80)]
        return (replacement == 0 ? nil : replacement, length)
      default: return (value, length)
      }
    }
    var name: UInt64 = 0
    for k in 1..<semicolon {
      let c = p[k]
      guard TimestampParser.isLetter(c) || TimestampParser.isDigit(c) else { return nil }
      name = name << 8 | UInt64(c)
    }
    guard let scalar = named[name] else { return nil }
    return (scalar, length)
  }

  /// What `&#128;` to `&#159;` stand for: the HTML standard reads them as Windows-1252 bytes (`&#146;` is `’`,
  /// `&#128;` is `€`), as pages written in that code page meant them; 0 for the five it leaves as C1 controls,
  /// which are dropped like other control characters.
  static let windows1252: [UInt32] = [
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E,
    0x0178,
  ]

  /// Named references seen in tweets and Mastodon HTML, keyed by their ASCII name packed into an integer.
  static let named: [UInt64: UInt32] = {
    let table: [(String, UInt32)] = [
      ("amp", 0x26), ("lt", 0x3C), ("gt", 0x3E), ("quot", 0x22), ("apos", 0x27), ("nbsp", 0x20),
      ("hellip", 0x2026), ("mdash", 0x2014), ("ndash", 0x2013), ("lsquo", 0x2018), ("rsquo", 0x2019),
      ("ldquo", 0x201C), ("rdquo", 0x201D), ("laquo", 0xAB), ("raquo", 0xBB), ("copy", 0xA9), ("reg", 0xAE),
      ("trade", 0x2122), ("euro", 0x20AC), ("pound", 0xA3), ("yen", 0xA5), ("cent", 0xA2), ("middot", 0xB7),
      ("bull", 0x2022), ("deg", 0xB0), ("times", 0xD7), ("divide", 0xF7), ("para", 0xB6), ("sect", 0xA7),
      ("eacute", 0xE9), ("egrave", 0xE8), ("agrave", 0xE0), ("aacute", 0xE1), ("ccedil", 0xE7), ("uuml", 0xFC),
      ("ouml", 0xF6), ("auml", 0xE4), ("szlig", 0xDF), ("ntilde", 0xF1), ("zwj", 0x200D), ("zwnj", 0x200C),
    ]
    var map: [UInt64: UInt32] = [:]
    for (name, scalar) in table {
      map[name.utf8.reduce(UInt64(0)) { $0 << 8 | UInt64($1) }] = scalar
    }
    return map
  }()
}
