/// The hashtags of a batch's posts kept as bytes with their count keys, instead of a `[String]` per post: what an
/// engine with a counting sink (`IngestEngine(config:classifier:countingSink:)`, used by `report`) delivers for a
/// Twitter v2 post's entity hashtags. Such a post's `hashtags` is empty and its `tagSpan` says where its tags
/// lie here. Each tag comes with the key `ReportTally` counts it under (the `TagKey` of its lowercased form),
/// computed on the decode thread, so the counting side neither builds nor hashes a `String` per tag; it makes one only the
/// first time it meets a key (`display(_:)`).
public struct PostTagArena: Sendable {
  /// Where one post's tags lie in an arena (derived data: it takes no part in a post's equality or hashing).
  public struct Span: Sendable, Hashable {
    var start: Int32 = 0
    var count: Int32 = 0

    @inlinable public static func == (lhs: Span, rhs: Span) -> Bool { true }
    @inlinable public func hash(into hasher: inout Hasher) {}
  }

  /// One tag: its key and its bytes, inside the entry (`inline`) when it is ASCII and at most 16 bytes long
  /// (most tags: one append per tag, not two), else in `bytes` from `start`. `start` is where `bytes` ended when
  /// the tag was added either way (so `truncate(to:)` cuts `bytes` there).
  struct Tag {
    var key: UInt64
    var start: Int
    var count: Int
    var isInline: Bool
    var inline: (UInt64, UInt64)

    /// Calls `body` with the tag's bytes (from `inline` or from `bytes`).
    @inline(__always) func withBytes<R>(in bytes: [UInt8], _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
      if isInline {
        var words = inline
        return withUnsafeBytes(of: &words) {
          body(UnsafeBufferPointer(start: $0.baseAddress?.assumingMemoryBound(to: UInt8.self), count: count))
        }
      }
      return bytes.withUnsafeBufferPointer {
        body(UnsafeBufferPointer(rebasing: $0[start..<(start + count)]))
      }
    }
  }

  /// The bytes of the tags not kept inline: as written (without "#") when ASCII, else the UTF-8 of the
  /// lowercased form.
  private(set) var bytes: [UInt8] = []
  private(set) var tags: [Tag] = []

  public init() {}

  /// Number of tags held.
  var count: Int { tags.count }

  /// Adds a tag (its unescaped bytes without the leading "#", not empty), as a `String` made from these bytes
  /// would be counted.
  mutating func append(tag: UnsafeBufferPointer<UInt8>) {
    if tag.count <= 16, let (key, words) = Self.inlineASCII(tag) {
      tags.append(Tag(key: key, start: bytes.count, count: tag.count, isInline: true, inline: words))
      return
    }
    if let key = TagKey.ofASCII(tag) {
      put(key, tag)
      return
    }
    var lowered = HashtagFold.fold(String(decoding: tag, as: UTF8.self))
    lowered.withUTF8 { put(TagKey.of(bytes: $0), $0) }
  }

  /// For an ASCII tag of at most 16 bytes: `TagKey.ofASCII` of it and its bytes packed in two words (first byte
  /// lowest), in one pass; nil when a byte is not ASCII.
  @inline(__always) private static func inlineASCII(_ tag: UnsafeBufferPointer<UInt8>) -> (UInt64, (UInt64, UInt64))? {
    guard let p = tag.baseAddress else { return nil }
    let n = tag.count
    var hash = TagKey()
    var seen: UInt8 = 0
    var low: UInt64 = 0
    var high: UInt64 = 0
    var k = 0
    while k < n {
      let byte = p[k]
      seen |= byte
      hash.add(byte &- 0x41 < 26 ? byte | 0x20 : byte)
      if k < 8 {
        low |= UInt64(byte) &<< UInt64(truncatingIfNeeded: k &* 8)
      } else {
        high |= UInt64(byte) &<< UInt64(truncatingIfNeeded: (k &- 8) &* 8)
      }
      k &+= 1
    }
    guard seen < 0x80 else { return nil }
    return (hash.value, (low, high))
  }

  /// Adds a tag given as a `String`, as `append(tag:)` with its UTF-8 bytes.
  mutating func append(tag: String) {
    var tag = tag
    tag.withUTF8 { append(tag: $0) }
  }

  private mutating func put(_ key: UInt64, _ tag: UnsafeBufferPointer<UInt8>) {
    tags.append(Tag(key: key, start: bytes.count, count: tag.count, isInline: false, inline: (0, 0)))
    bytes.append(contentsOf: tag)
  }

  /// Forgets the tags added after the arena held `count` of them.
  mutating func truncate(to count: Int) {
    guard count < tags.count else { return }
    bytes.removeSubrange(tags[count].start...)
    tags.removeSubrange(count...)
  }

  /// The span of the tags added after the arena held `start` of them.
  func span(from start: Int) -> Span {
    Span(start: Int32(truncatingIfNeeded: start), count: Int32(truncatingIfNeeded: tags.count - start))
  }

  /// The display form of the tag at `index` (lowercased, as `ReportBuilder.normalise` makes it).
  func display(_ index: Int) -> String {
    ReportBuilder.normalise(tags[index].withBytes(in: bytes) { String(decoding: $0, as: UTF8.self) })
  }

  /// The key of the tag at `index`.
  @inline(__always) func key(_ index: Int) -> UInt64 { tags[index].key }

  /// Every tag of a post, in order, as Strings (as written when ASCII, else lowercased).
  public func tags(of post: Post) -> [String] {
    let span = post.tagSpan
    return (Int(span.start)..<min(Int(span.start) + Int(span.count), tags.count)).map { index in
      tags[index].withBytes(in: bytes) { String(decoding: $0, as: UTF8.self) }
    }
  }

  /// Empties the arena and returns what it held, keeping room for as much in the next batch.
  mutating func take() -> PostTagArena {
    var next = PostTagArena()
    next.bytes.reserveCapacity(bytes.count)
    next.tags.reserveCapacity(tags.count)
    swap(&self, &next)
    return next
  }
}
