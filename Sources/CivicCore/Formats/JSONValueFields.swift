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
    if isString {
      // The usual `2021-04-08T15:07:30.000Z` is read in place: when it has that shape it has no escapes, and
      // `parse` reads it the same way.
      let end = stringEnd(offset)
      if end - offset - 1 == 24, let time = TimestampParser.compactISO8601Words(base + offset + 1) { return time }
      return withUnescapedBytes { TimestampParser.parse($0) } ?? nil
    }
    guard isNumber else { return nil }
    return withRawBytes { TimestampParser.parse($0) }
  }

  /// `self["hashtags"]` of a v2 `entities` object, read by position when the object starts `{"hashtags":[` (as
  /// Twitter writes it: then that first member is the one the subscript finds), else through the subscript.
  var entityHashtags: JSONValue? {
    let prefix: StaticString = "{\"hashtags\":["
    let length = prefix.utf8CodeUnitCount
    if offset + length <= count, JSONKey.memcmpEqual(base + offset, prefix.utf8Start, length) {
      return value(at: offset + length - 1)
    }
    return self["hashtags"]
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

  /// Appends the tags of an entity array (as `entityTags(key:)` orders them) to `arena`; returns how many.
  func appendEntityTags(key: StaticString, to arena: inout PostTagArena) -> Int {
    let mark = arena.count
    var lastStart = Int64.min
    var ordered = true
    forEachEntityTagBytes(key: key) { start, tag in
      if start < lastStart { ordered = false }
      lastStart = start
      arena.append(tag: tag)
    }
    if !ordered {
      // Out of order: sorted as `entityTags(key:)` sorts them.
      arena.truncate(to: mark)
      for tag in entityTags(key: key) { arena.append(tag: tag) }
    }
    return arena.count - mark
  }

  /// Calls `body` with each entity's start offset (its position when it has none) and non-empty tag.
  private func forEachEntityTag(key: StaticString, _ body: (Int64, String) -> Void) {
    forEachEntityTagBytes(key: key) { start, bytes in body(start, String(decoding: bytes, as: UTF8.self)) }
  }

  /// Calls `body` with each entity's start offset (its position when it has none) and the unescaped bytes of its
  /// tag without a leading "#", when not empty.
  private func forEachEntityTagBytes(key: StaticString, _ body: (Int64, UnsafeBufferPointer<UInt8>) -> Void) {
    var position: Int64 = 0
    forEachElement { entity in
      // The tag's unescaped bytes without a leading "#", when not empty.
      @inline(__always) func report(_ tag: JSONValue?, _ start: Int64) {
        _ = tag?.withUnescapedBytes { bytes in
          let hash = bytes.first == UInt8(ascii: "#")
          let text = UnsafeBufferPointer(rebasing: bytes[(hash ? 1 : 0)...])
          if !text.isEmpty { body(start, text) }
        }
      }
      defer { position += 1 }
      if let compact = entity.compactEntity(key: key) {
        // Twitter v2's own layout, read without dispatching on member names: the same start and tag.
        report(compact.tag, compact.start)
        return true
      }
      var tag: JSONValue?
      var start: Int64?
      entity.forEachMember { name, value in
        // The names are distinct, so the order of the tests is free: "start" (and "end") come most often.
        if name == "start" {
          start = value.int64
        } else if name == key {
          tag = value
        } else if name == "indices" {
          value.forEachElement {
            start = $0.int64
            return false
          }
        }
        return true
      }
      report(tag, start ?? position)
      return true
    }
  }

  /// For an entity object written as Twitter v2 writes it, `{"start":N,"end":V,"KEY":"..."}` (no white space,
  /// these members only and in this order, `N` up to 18 digits), its start and its tag string, found without
  /// dispatching on member names: what the generic reading of `forEachEntityTagBytes` finds in such an object.
  /// Nil for any other object, which is then read generically.
  @inline(__always) private func compactEntity(key: StaticString) -> (start: Int64, tag: JSONValue)? {
    let keyLength = key.utf8CodeUnitCount
    // `{"start":` and at least one digit.
    var i = offset
    guard i + 10 <= count, JSONKey.memcmpEqual(base + i, Self.startPrefix.utf8Start, 9) else { return nil }
    i += 9
    var start: Int64 = 0
    let first = i
    while i < count, case let digit = base[i] &- UInt8(ascii: "0"), digit < 10 {
      start = start &* 10 &+ Int64(digit)
      i += 1
    }
    // `,"end":`, any value, then `,"KEY":` and a string closing the object.
    guard i > first, i - first <= 18, i + 8 <= count, JSONKey.memcmpEqual(base + i, Self.endPrefix.utf8Start, 7),
      base[i + 7] > 0x20
    else { return nil }
    i = skip(i + 7)
    guard i + keyLength + 5 <= count, base[i] == UInt8(ascii: ","), base[i + 1] == UInt8(ascii: "\""),
      JSONKey.memcmpEqual(base + i + 2, key.utf8Start, keyLength), base[i + 2 + keyLength] == UInt8(ascii: "\""),
      base[i + 3 + keyLength] == UInt8(ascii: ":"), base[i + 4 + keyLength] == UInt8(ascii: "\"")
    else { return nil }
    let tag = i + 4 + keyLength
    let end = Int(ends[tag])
    guard end < count, base[end] == UInt8(ascii: "}") else { return nil }
    return (start, value(at: tag))
  }

  private static var startPrefix: StaticString { "{\"start\":" }
  private static var endPrefix: StaticString { ",\"end\":" }
}
