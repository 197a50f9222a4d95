/// Field conversions the post decoders share, on top of `JSONValue`.
extension JSONValue {
  /// A string with HTML character references decoded (tweet text carries `&amp;`, `&lt;`, `&gt;`).
  var entityDecodedString: String? {
    withUnescapedBytes { HTMLEntities.decode($0) }
  }

  /// Calls `body` with the UTF-8 bytes of `entityDecodedString` without building it; nil when not a string.
  func withEntityDecodedBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
    withUnescapedBytes { HTMLEntities.withDecoded($0, body) }
  }

  /// A non-empty string, or nil.
  var nonEmptyString: String? {
    guard let s = string, !s.isEmpty else { return nil }
    return s
  }

  /// A language code, nil when empty or "und" (undetermined).
  var languageCode: String? {
    guard isString, !stringEquals("und") else { return nil }
    return nonEmptyString
  }

  /// Event time from a timestamp string or an epoch number (seconds, ms or µs).
  var epochMillis: EpochMillis? {
    if isString { return withUnescapedBytes { TimestampParser.parse($0) } ?? nil }
    guard isNumber else { return nil }
    return withRawBytes { TimestampParser.parse($0) }
  }

  /// An id as a string: a string value as is, a number's raw text (only used when no string id exists).
  var idString: String? {
    if isString { return nonEmptyString }
    return isNumber ? text : nil
  }

  /// `DecodeContext.idDigest` of what `idString` gives (nil when that is nil), without building that string.
  var idDigest: String? {
    if isString {
      return withUnescapedBytes { $0.isEmpty ? nil : DecodeContext.idDigest($0) } ?? nil
    }
    return isNumber ? withRawBytes { DecodeContext.idDigest($0) } : nil
  }

  /// A hashtag string without its leading "#" (nil when not a string).
  var tagString: String? {
    withUnescapedBytes { bytes -> String in
      let hash = bytes.first == UInt8(ascii: "#")
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[(hash ? 1 : 0)...]), as: UTF8.self)
    }
  }

  /// Tags from an entity array such as `entities.hashtags` (`key` names the tag field: "text" or "tag"), in the
  /// order of their start offsets (`indices[0]` or `start`), i.e. as they appear in the text.
  func entityTags(key: StaticString) -> [String] {
    var tags: [String] = []
    var count = 0
    forEachElement { _ in
      count += 1
      return true
    }
    guard count > 0 else { return tags }
    tags.reserveCapacity(count)
    var lastStart = Int64.min
    var ordered = true
    forEachEntityTag(key: key) { start, tag in
      if start < lastStart { ordered = false }
      lastStart = start
      tags.append(tag)
    }
    guard !ordered else { return tags }
    var pairs: [(Int64, String)] = []
    forEachEntityTag(key: key) { pairs.append(($0, $1)) }
    return pairs.sorted { $0.0 < $1.0 }.map(\.1)
  }

  /// Calls `body` with each entity's start offset (its position when it has none) and non-empty tag.
  private func forEachEntityTag(key: StaticString, _ body: (Int64, String) -> Void) {
    var position: Int64 = 0
    forEachElement { entity in
      var tag: String?
      var start: Int64?
      entity.forEachMember { name, value in
        if name == key {
          tag = value.tagString
        } else if name == "start" {
          start = value.int64
        } else if name == "indices" {
          value.forEachElement {
            start = $0.int64
            return false
          }
        }
        return true
      }
      if let tag, !tag.isEmpty { body(start ?? position, tag) }
      position += 1
      return true
    }
  }
}
