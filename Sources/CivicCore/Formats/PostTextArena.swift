/// The texts of a batch's posts kept as UTF-8 bytes instead of Strings, for counting paths (`report`) that
/// only route and score a post's text: a decoder appends a post's decoded text here and leaves the post's
/// `text` empty, and the decode thread classifies the whole batch from these bytes once it is decoded (one
/// phase after the other keeps each phase's code and tables in cache). One per decode thread, reused per batch;
/// a value type passed `inout`, so its appends need no run-time exclusivity checks.
struct PostTextArena {
  /// Where one post's text lies in `bytes`.
  struct Entry {
    /// Index of the post in the batch's array of posts.
    var post: Int
    var start: Int
    var count: Int
  }

  private(set) var bytes: [UInt8] = []
  private(set) var entries: [Entry] = []
  /// Set for a counting sink (`IngestEngine(config:classifier:countingSink:)`): a Twitter v2 post whose text is
  /// kept here also keeps its entity hashtags in `tags` (not in `hashtags`) and gets no `source`.
  var leanPosts = false
  /// The hashtags of the batch's lean posts.
  var tags = PostTagArena()

  /// Keeps `text` as the text of the post at index `post` of the batch.
  mutating func append(_ text: UnsafeBufferPointer<UInt8>, post: Int) {
    entries.append(Entry(post: post, start: bytes.count, count: text.count))
    bytes.append(contentsOf: text)
  }

  /// Appends the tags of a v2 `entities.hashtags` array to `tags`; returns how many.
  mutating func appendTags(of entities: JSONValue) -> Int { entities.appendEntityTags(key: "tag", to: &tags) }

  /// Forgets every text, keeping the memory for the next batch (up to a bound, so one huge batch does not pin
  /// memory).
  mutating func removeAll() {
    let keep = bytes.capacity <= Self.keptCapacity
    bytes.removeAll(keepingCapacity: keep)
    entries.removeAll(keepingCapacity: keep)
    tags.truncate(to: 0)
  }

  static let keptCapacity = 4 << 20

  /// Routes and scores the posts whose texts are here with `classifier` (as `classify(_:)` would with those
  /// texts), and the others of `posts` with `classifier.classify(_:)`.
  func classify(_ posts: inout [Post], with classifier: PostClassifier) {
    if let counting = classifier.counting {
      // Scratch space for the counting path, shared by the batch's posts. A post whose text is a String gets
      // what `classifier.classify(_:)` gives it on this path: the classification of its text's bytes.
      // Posts of the batch routed to the same three or more services share one list.
      var lists = ServiceListCache()
      withUnsafeTemporaryAllocation(of: LetterWord.self, capacity: LetterWord.perPost) { letterWords in
        classifyEach(&posts) {
          counting.classification(utf8: $0, letterWords: letterWords, lists: &lists)
        } other: { post in
          let result = post.text.withUTF8 {
            counting.classification(utf8: $0, letterWords: letterWords, lists: &lists)
          }
          PostClassifier.apply(result, to: &post)
        }
      }
    } else {
      classifyEach(&posts) {
        classifier.classification(utf8: $0)
      } other: {
        classifier.classify(&$0)
      }
    }
  }

  /// Sets each post's classification: `classification` of its text here, or `other` for a post whose text is
  /// not here.
  @inline(__always) private func classifyEach(
    _ posts: inout [Post], _ classification: (UnsafeBufferPointer<UInt8>) -> PostClassifier.Classification,
    other: (inout Post) -> Void
  ) {
    bytes.withUnsafeBufferPointer { bytes in
      entries.withUnsafeBufferPointer { entries in
        var next = 0
        for i in posts.indices {
          guard next < entries.count && entries[next].post == i else {
            other(&posts[i])
            continue
          }
          let entry = entries[next]
          next += 1
          let text = UnsafeBufferPointer(rebasing: bytes[entry.start..<(entry.start + entry.count)])
          PostClassifier.apply(classification(text), to: &posts[i])
        }
      }
    }
  }
}
