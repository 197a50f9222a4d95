#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Hashtags in post text, and slicing of entity/facet offsets.
///
/// Used when a record carries no hashtag entities: a tag is `#` (or the fullwidth `＃`) followed by Unicode
/// letters, marks, digits or underscores, with at least one letter or mark (as twitter-text and Mastodon ask);
/// the `#` must not follow a word character (so `abc#def` is not a tag) or a `/` (Mastodon's rule: `x.org/#top`,
/// a URL's fragment), must not sit inside a URL (`https://x.org/#top`), and must not start the keycap emoji
/// `#️⃣` (`#` then U+FE0F or U+20E3, which twitter-text excludes).
public enum HashtagExtractor {
  /// Hashtags without "#", in order of appearance, as written.
  public static func extract(from text: String) -> [String] {
    guard mayContainHash(text) else { return [] }
    var tags: [String] = []
    let scalars = Array(text.unicodeScalars)
    var tokenStart = 0  // start of the current whitespace-separated token
    var i = 0
    while i < scalars.count {
      let s = scalars[i]
      if s.properties.isWhitespace {
        tokenStart = i + 1
        i += 1
        continue
      }
      guard s == "#" || s == "\u{FF03}" else {
        i += 1
        continue
      }
      let afterWord = i > 0 && (isTagCharacter(scalars[i - 1]) || scalars[i - 1] == "&" || scalars[i - 1] == "/")
      let keycap = i + 1 < scalars.count && (scalars[i + 1] == "\u{FE0F}" || scalars[i + 1] == "\u{20E3}")
      var j = i + 1
      var hasLetter = false
      while j < scalars.count && isTagCharacter(scalars[j]) {
        if !hasLetter && isLetterOrMark(scalars[j]) { hasLetter = true }
        j += 1
      }
      if !afterWord && !keycap && hasLetter && !insideURL(scalars[tokenStart..<i]) {
        var tag = String.UnicodeScalarView()
        tag.append(contentsOf: scalars[(i + 1)..<j])
        tags.append(String(tag))
      }
      i = max(j, i + 1)
    }
    return tags
  }

  /// True when the text holds a `#` or a fullwidth `＃` (UTF-8 EF BC 83); one pass over the bytes, no decoding.
  static func mayContainHash(_ text: String) -> Bool {
    var text = text
    return text.withUTF8(mayContainHash(utf8:))
  }

  /// `mayContainHash(_:)` of the text these UTF-8 bytes decode to (a String made from bytes without `#` or
  /// `＃` has neither: repairing invalid UTF-8 only adds U+FFFD), so `extract` would find no tag in it.
  static func mayContainHash(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return false }
    if memchr(base, Int32(UInt8(ascii: "#")), bytes.count) != nil { return true }
    var at = 0
    while at + 2 < bytes.count, let hit = memchr(base + at, 0xEF, bytes.count - 2 - at) {
      let i = UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - base
      if base[i + 1] == 0xBC && base[i + 2] == 0x83 { return true }
      at = i + 1
    }
    return false
  }

  static func isTagCharacter(_ s: Unicode.Scalar) -> Bool {
    if s.isASCII {
      let v = s.value
      return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || v == 0x5F
    }
    let p = s.properties
    return p.isAlphabetic || p.generalCategory == .decimalNumber || p.generalCategory == .nonspacingMark
      || p.generalCategory == .spacingMark || s == "\u{200C}" || s == "\u{200D}"
  }

  /// A letter or a combining mark: a tag needs one (digits and underscores alone, `#2024` or `#_`, are no tag).
  static func isLetterOrMark(_ s: Unicode.Scalar) -> Bool {
    if s.isASCII { return TimestampParser.isLetter(UInt8(truncatingIfNeeded: s.value)) }
    return s.properties.isAlphabetic || s.properties.generalCategory == .nonspacingMark
      || s.properties.generalCategory == .spacingMark
  }

  static func insideURL(_ token: ArraySlice<Unicode.Scalar>) -> Bool {
    var previous: [Unicode.Scalar] = []
    for s in token {
      previous.append(s)
      if previous.count >= 3 && previous.suffix(3) == [":", "/", "/"] { return true }
    }
    return token.starts(with: ["w", "w", "w", "."])
  }

  /// The substring of `text` between Unicode code point offsets (Twitter entity `indices`), or nil if out of range.
  public static func slice(_ text: String, codePoints range: Range<Int>) -> String? {
    let scalars = text.unicodeScalars
    guard range.lowerBound >= 0, range.upperBound <= scalars.count else { return nil }
    let start = scalars.index(scalars.startIndex, offsetBy: range.lowerBound)
    let end = scalars.index(start, offsetBy: range.count)
    return String(scalars[start..<end])
  }

  /// The substring of `text` between UTF-8 byte offsets (Bluesky facet `byteStart`/`byteEnd`), or nil when out of
  /// range or not on character boundaries.
  public static func slice(_ text: String, utf8 range: Range<Int>) -> String? {
    let bytes = Array(text.utf8)
    guard range.lowerBound >= 0, range.upperBound <= bytes.count else { return nil }
    return String(validating: bytes[range], as: UTF8.self)
  }

  /// A tag cut from text by offsets, with a leading "#" removed.
  static func stripHash(_ tag: String) -> String {
    if tag.hasPrefix("#") || tag.hasPrefix("\u{FF03}") { return String(tag.dropFirst()) }
    return tag
  }
}
