/// Field conversions the post decoders share, on top of `JSONValue`.
extension JSONValue {
  /// A string with HTML character references decoded (tweet text carries `&amp;`, `&lt;`, `&gt;`).
  var entityDecodedString: String? {
    withUnescapedBytes { HTMLEntities.decode($0) }
  }

  /// A non-empty string, or nil.
  var nonEmptyString: String? {
    guard let s = string, !s.isEmpty else { return nil }
    return s
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

  /// Tags from an entity array such as `entities.hashtags` (`key` names the tag field: "text" or "tag"),
  /// ordered by their start offset (`offsetKey` names an index array or number) as they appear in the text.
  func entityTags(key: StaticString) -> [String] {
    var tags: [(start: Int64, tag: String)] = []
    forEachElement { entity in
      var tag: String?
      var start: Int64 = Int64(tags.count)
      entity.forEachMember { name, value in
        if name == key {
          tag = value.string.map(HashtagExtractor.stripHash)
        } else if name == "indices" {
          value.forEachElement {
            start = $0.int64 ?? start
            return false
          }
        } else if name == "start" {
          start = value.int64 ?? start
        }
        return true
      }
      if let tag, !tag.isEmpty { tags.append((start, tag)) }
      return true
    }
    if tags.count > 1 && zip(tags, tags.dropFirst()).contains(where: { $0.start > $1.start }) {
      tags.sort { $0.start < $1.start }
    }
    return tags.map(\.tag)
  }
}
