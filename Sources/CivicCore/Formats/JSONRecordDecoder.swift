/// Decodes a JSON record (a line or a whole document), choosing the format by the record's shape.
///
/// Objects: `data` => Twitter v2 page or stream record; `statuses` => a search page (v1.1, or Mastodon's search
/// results), each status decoded by its own shape; `did` + `commit`/`kind`
/// => Bluesky Jetstream; `type` + `record` => Bluesky Tap; `uri` + `record` => Bluesky post view (also
/// inside a feed item's `post`); `thread` => a Bluesky thread (`getPostThread`: its posts); `content` +
/// `account` => Mastodon status; `actor` + `body`/`verb` => Gnip activity; `user` or `id_str` with text => v1.1
/// status; `delete`/`limit`/`warning`/... => v1.1 stream notices (skipped); v2 tweet fields (`author_id`,
/// `edit_history_tweet_ids`, `__twarc`) => twarc flat tweet; any object with `text`; else an object with an array
/// in one of `pageMembers` => a page of records (Bluesky's `{"feed":[...]}` and `{"posts":[...]}`, a listening
/// tool's `{"results":[...]}`). An array holds records of these shapes (e.g. a page of Mastodon statuses or a
/// pretty-printed array of Jetstream events).
enum JSONRecordDecoder {
  static func decode(_ record: Record, _ context: DecodeContext) -> DecodeResult {
    let result = JSONScanner.withRoot(record.storage) { root -> DecodeResult in
      if root.isObject { return decodeObject(root, context) }
      if root.isArray { return decodeArray(root, context) }
      return notAPost(root)
    }
    switch result {
    case .success(let decoded): return decoded
    case .failure(let error): return .malformed(reason: error.description)
    }
  }

  /// As `decode(_:_:)`, appending the posts to `posts`; a v2 record with one tweet is decoded straight into it.
  static func decode(_ record: Record, _ context: DecodeContext, into posts: inout [Post]) -> DecodeOutcome {
    var texts: PostTextArena?
    return decode(record, context, texts: &texts, into: &posts)
  }

  /// As `decode(_:_:into:)`; with `texts` (counting only), a v2 record's one tweet may leave its text there (see
  /// `TwitterV2Decoder.decodeTweet`).
  static func decode(
    _ record: Record, _ context: DecodeContext, texts: inout PostTextArena?, into posts: inout [Post]
  ) -> DecodeOutcome {
    record.storage.withUnsafeBytes { decode(bytes: $0, context, texts: &texts, into: &posts) }
  }

  /// As `decode(_:_:texts:into:)` for a record with these bytes.
  static func decode(
    bytes: UnsafeRawBufferPointer, _ context: DecodeContext, texts: inout PostTextArena?, into posts: inout [Post]
  ) -> DecodeOutcome {
    let result = JSONScanner.withRoot(bytes) { root -> DecodeOutcome in
      guard root.isObject else {
        return DecodeOutcome(root.isArray ? decodeArray(root, context) : notAPost(root), into: &posts)
      }
      // A stream record (`data` an object) needs only `data` and `includes`: found without the full `Shape`.
      let (data, includes) = Shape.dataAndIncludes(root)
      if let data, data.isObject {
        guard TwitterV2Decoder.decodeTweet(data, includes: includes, context, texts: &texts, into: &posts) else {
          return .malformed(reason: TwitterV2Decoder.noText)
        }
        return .posts(1)
      }
      return DecodeOutcome(decodeObject(root, Shape(root), context), into: &posts)
    }
    switch result {
    case .success(let outcome): return outcome
    case .failure(let error): return .malformed(reason: error.description)
    }
  }

  static func notAPost(_ root: JSONValue) -> DecodeResult { .malformed(reason: "JSON \(root.kind) is not a post") }

  /// Each object element decoded by its own shape; `ifEmpty` says why an array without elements is skipped.
  static func decodeArray(
    _ array: JSONValue, _ context: DecodeContext, ifEmpty: String = "empty JSON array"
  ) -> DecodeResult {
    var page = Page(context)
    page.add(array)
    return page.result ?? .skipped(reason: ifEmpty)
  }

  /// The posts of one or more arrays of records, each object element decoded by its own shape.
  struct Page {
    var posts: [Post] = []
    var firstProblem: DecodeResult?
    /// The next element's context (its place among the elements, for posts that have no id of their own).
    var context: DecodeContext

    init(_ context: DecodeContext) { self.context = context }

    mutating func add(_ array: JSONValue) {
      array.forEachElement { element in
        let result: DecodeResult =
          element.isObject
          ? decodeObject(element, context) : .malformed(reason: "JSON array element is not an object")
        context.element += 1
        switch result {
        case .posts(let found): posts.append(contentsOf: found)
        case .skipped, .malformed: firstProblem = firstProblem ?? result
        }
        return true
      }
    }

    /// The posts, or when there are none why not; nil when no element was found.
    var result: DecodeResult? {
      if !posts.isEmpty { return .posts(posts) }
      switch firstProblem {
      case .malformed(let reason): return .malformed(reason: "JSON array holds no posts (\(reason))")
      case let other: return other
      }
    }
  }

  /// Which format-identifying keys an object has (one pass over its members).
  struct Shape {
    var data: JSONValue?
    var includes: JSONValue?
    var statuses: JSONValue?
    var did = false
    var commit = false
    var kind = false
    var type = false
    var record = false
    var uri = false
    var content = false
    var account = false
    var actor = false
    var body = false
    var user = false
    var idString = false
    var text = false
    var v2Tweet = false
    var streamNotice = false
    var errors = false
    var feedPost: JSONValue?
    var thread: JSONValue?

    /// The `data` and `includes` members of `object`, as `Shape(object)` finds them (the last of each name), in a
    /// pass that compares no other name.
    static func dataAndIncludes(_ object: JSONValue) -> (data: JSONValue?, includes: JSONValue?) {
      var data: JSONValue?
      var includes: JSONValue?
      object.forEachMember { key, value in
        if key.length == 4 {
          if key == "data" { data = value }
        } else if key.length == 8 {
          if key == "includes" { includes = value }
        }
        return true
      }
      return (data, includes)
    }

    init(_ object: JSONValue) {
      object.forEachMember { key, value in
        switch key.length {
        case 3:
          if key == "did" { did = true } else if key == "uri" { uri = true }
        case 4:
          if key == "data" {
            data = value
          } else if key == "kind" {
            kind = true
          } else if key == "type" {
            type = true
          } else if key == "body" {
            body = true
          } else if key == "user" {
            user = value.isObject
          } else if key == "text" {
            text = value.isString
          } else if key == "verb" {
            body = true
          } else if key == "post" {
            if value.isObject { feedPost = value }
          }
        case 5:
          if key == "actor" { actor = true } else if key == "limit" { streamNotice = true }
        case 6:
          if key == "commit" {
            commit = true
          } else if key == "record" {
            record = value.isObject
          } else if key == "id_str" {
            idString = true
          } else if key == "thread" {
            if value.isObject { thread = value }
          } else if key == "delete" || key == "errors" {
            streamNotice = streamNotice || key == "delete"
            errors = errors || key == "errors"
          }
        case 7:
          if key == "content" {
            content = true
          } else if key == "account" {
            account = true
          } else if key == "warning" {
            streamNotice = true
          } else if key == "__twarc" {
            v2Tweet = true
          }
        case 8:
          if key == "statuses" { statuses = value } else if key == "includes" { includes = value }
        case 9:
          if key == "author_id" {
            v2Tweet = true
          } else if key == "full_text" {
            text = true
          } else if key == "scrub_geo" {
            streamNotice = true
          }
        case 13: if key == "user_withheld" { streamNotice = true }
        case 14: if key == "extended_tweet" { text = true }
        case 15: if key == "status_withheld" { streamNotice = true }
        case 17: if key == "referenced_tweets" { v2Tweet = true }
        case 22: if key == "edit_history_tweet_ids" { v2Tweet = true }
        default: break
        }
        return true
      }
    }
  }

  static func decodeObject(_ object: JSONValue, _ context: DecodeContext) -> DecodeResult {
    decodeObject(object, Shape(object), context)
  }

  static func decodeObject(_ object: JSONValue, _ shape: Shape, _ context: DecodeContext) -> DecodeResult {
    if let data = shape.data, data.isObject || data.isArray {
      return TwitterV2Decoder.decodePage(data: data, includes: shape.includes, context)
    }
    if let statuses = shape.statuses, statuses.isArray {
      // A v1.1 search page or Mastodon's search results: each status by its own shape (a Mastodon status is not a
      // v1.1 tweet).
      return decodeArray(statuses, context, ifEmpty: "search page with no statuses")
    }
    if shape.did && (shape.commit || shape.kind) { return BlueskyDecoder.decodeJetstream(object, context) }
    if shape.type && shape.record { return BlueskyDecoder.decodeTap(object, context) }
    if shape.uri && shape.record { return BlueskyDecoder.decodePostView(object, context) }
    if let post = shape.feedPost, post["record"] != nil { return BlueskyDecoder.decodePostView(post, context) }
    if let thread = shape.thread, !shape.text { return BlueskyDecoder.decodeThread(thread, context) }
    if shape.content && shape.account { return .posts([MastodonDecoder.decodeStatus(object, context)]) }
    if shape.actor && shape.body { return .posts([GnipDecoder.decode(object, context)]) }
    if (shape.user || shape.idString) && shape.text { return .posts([TwitterV1Decoder.decodeStatus(object, context)]) }
    if shape.v2Tweet && shape.text, let post = TwitterV2Decoder.decodeTweet(object, users: nil, tweets: nil, context) {
      return .posts([post])
    }
    if shape.streamNotice { return .skipped(reason: "stream notice, not a post") }
    if shape.errors && !shape.text { return .skipped(reason: "API errors without data") }
    if !shape.text, let page = decodePageMembers(object, context) { return page }
    return GenericJSONDecoder.decode(object, context)
  }

  /// The members whose arrays hold a page's records: Twitter's `statuses` (also Mastodon's search results) and
  /// `data`, Bluesky's `feed` (`getTimeline`, `getAuthorFeed`) and `posts` (`searchPosts`, `getPosts`), and the
  /// names listening tools and collectors give a list of posts.
  static let pageMembers: [StaticString] = [
    "statuses", "data", "feed", "posts", "results", "items", "mentions", "tweets",
  ]

  /// Whether a member's raw name (as its bytes stand in the document) is one of `pageMembers`.
  static func isPageMember(_ name: [UInt8]) -> Bool {
    pageMembers.contains { UnsafeBufferPointer(start: $0.utf8Start, count: $0.utf8CodeUnitCount).elementsEqual(name) }
  }

  /// An object with no text and no shape of its own that holds its records in the arrays of `pageMembers`, such
  /// as Bluesky's `{"feed":[...],"cursor":...}` or a listening tool's `{"total":2,"results":[...]}`: each object
  /// element decoded as `decodeArray` decodes a top-level array's. Nil when there is no such array (the object is
  /// then read as a generic post, which it is not, and counted malformed).
  static func decodePageMembers(_ object: JSONValue, _ context: DecodeContext) -> DecodeResult? {
    var page = Page(context)
    var found = false
    object.forEachMember { key, value in
      guard value.isArray, pageMembers.contains(where: { key == $0 }) else { return true }
      found = true
      page.add(value)
      return true
    }
    return found ? page.result : nil
  }
}
