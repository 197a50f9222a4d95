#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Twitter/X API v2: filtered-stream records (`data` object), search pages (`data` array) with `includes.users`
/// and `includes.tweets`, and twarc's flattened one-tweet-per-line form (`author` and `referenced_tweets` inlined).
///
/// Authors resolve through `includes.users` (`author_id` -> `username`); a retweet's full text comes from the
/// referenced tweet in `includes.tweets` (or inlined by twarc), with the "RT @name: " prefix kept. A note tweet
/// (over 280 characters) has its whole text and entities in `note_tweet`, `text` being only its start. Tweets found
/// only in `includes` are context, not posts.
enum TwitterV2Decoder {
  /// A response page or stream record: `{"data": ..., "includes": ..., "errors": ...}`.
  static func decodePage(data: JSONValue, includes: JSONValue?, _ context: DecodeContext) -> DecodeResult {
    if data.isObject {
      guard let post = decodeTweet(data, includes: includes, context) else { return .malformed(reason: noText) }
      return .posts([post])
    }
    let (users, tweets) = expansions(includes)
    var posts: [Post] = []
    var withoutText = 0
    var texts: PostTextArena?
    data.forEachElement { tweet in
      if tweet.isObject && !decodeTweet(tweet, users: users, tweets: tweets, context, texts: &texts, into: &posts) {
        withoutText += 1
      }
      return true
    }
    if posts.isEmpty, withoutText > 0 { return .malformed(reason: "v2 page whose tweets have no text") }
    return posts.isEmpty ? .skipped(reason: "v2 page with no tweets") : .posts(posts)
  }

  /// Why a v2 tweet object without a `text` member is malformed (every real tweet has one, even an empty one).
  static let noText = "v2 tweet without text"

  /// A stream record's single tweet, resolved through the record's `includes`; nil when it has no `text`.
  static func decodeTweet(_ tweet: JSONValue, includes: JSONValue?, _ context: DecodeContext) -> Post? {
    let (users, tweets) = expansions(includes)
    return decodeTweet(tweet, users: users, tweets: tweets, context)
  }

  /// As `decodeTweet(_:includes:_:)`, appending the post to `posts`; false (nothing appended) when the tweet has
  /// no `text`. `texts`: see `decodeTweet(_:users:tweets:_:texts:into:)`.
  static func decodeTweet(
    _ tweet: JSONValue, includes: JSONValue?, _ context: DecodeContext, texts: inout PostTextArena?,
    into posts: inout [Post]
  ) -> Bool {
    decodeTweet(tweet, Expansions(includes: includes), context, texts: &texts, into: &posts)
  }

  /// `includes.users` and `includes.tweets`, read from `includes` only when first asked for: a tweet decoded for
  /// counting looks up no author, and only a retweet whose original is not inlined looks up a tweet.
  struct Expansions {
    private var includes: JSONValue?
    private var found: (users: JSONValue?, tweets: JSONValue?)

    init(includes: JSONValue?) {
      self.includes = includes
      found = (nil, nil)
    }

    init(users: JSONValue?, tweets: JSONValue?) { found = (users, tweets) }

    var users: JSONValue? {
      mutating get {
        resolve()
        return found.users
      }
    }

    var tweets: JSONValue? {
      mutating get {
        resolve()
        return found.tweets
      }
    }

    private mutating func resolve() {
      guard let pending = includes else { return }
      found = TwitterV2Decoder.expansions(pending)
      includes = nil
    }
  }

  /// `includes.users` and `includes.tweets`.
  static func expansions(_ includes: JSONValue?) -> (users: JSONValue?, tweets: JSONValue?) {
    var users: JSONValue?
    var tweets: JSONValue?
    includes?.forEachMember { key, value in
      if key == "users" {
        users = value
      } else if key == "tweets" {
        tweets = value
      }
      return true
    }
    return (users, tweets)
  }

  /// One v2 tweet object (also twarc's flattened form); nil when it has no `text` member.
  ///
  static func decodeTweet(_ tweet: JSONValue, users: JSONValue?, tweets: JSONValue?, _ context: DecodeContext)
    -> Post?
  {
    var texts: PostTextArena?
    var one: [Post] = []
    guard decodeTweet(tweet, users: users, tweets: tweets, context, texts: &texts, into: &one) else { return nil }
    return one.popLast()
  }

  /// As `decodeTweet(_:users:tweets:_:)`, appending the post to `posts` (no optional post to unwrap and move);
  /// false (nothing appended) when the tweet has no `text`. With `texts` (counting only), the decoded text's
  /// UTF-8 bytes go there as the text of the post at index `posts.count` of the batch, and the post's `text` is
  /// left empty (no String is built), unless the text is needed for something else: a retweet's text rebuilt
  /// from the original tweet, or hashtags read from the text (no hashtag entities).
  static func decodeTweet(
    _ tweet: JSONValue, users: JSONValue?, tweets: JSONValue?, _ context: DecodeContext,
    texts: inout PostTextArena?, into posts: inout [Post]
  ) -> Bool {
    decodeTweet(tweet, Expansions(users: users, tweets: tweets), context, texts: &texts, into: &posts)
  }

  /// As `decodeTweet(_:users:tweets:_:texts:into:)`, with the expansions looked up when needed.
  private static func decodeTweet(
    _ tweet: JSONValue, _ expansions: Expansions, _ context: DecodeContext, texts: inout PostTextArena?,
    into posts: inout [Post]
  ) -> Bool {
    var expansions = expansions
    let index = posts.count
    var id: String?
    var text: JSONValue?
    var authorID: JSONValue?
    var author: JSONValue?
    var created: EpochMillis?
    var language: String?
    var entities: JSONValue?
    var references: JSONValue?
    var note: JSONValue?
    tweet.forEachMember { key, value in
      switch TweetField(key) {
      case .id: id = context.countingOnly ? value.idDigest : value.idString
      case .text: text = value
      case .authorID: authorID = value
      case .author: author = value
      case .createdAt: created = value.epochMillis
      case .language: if !context.countingOnly { language = value.languageCode }
      case .entities: entities = value
      case .references: references = value
      case .note: note = value
      case nil: break
      }
      return true
    }
    guard var text else { return false }
    if let note, let full = note["text"], full.isString {
      // A note tweet (over 280 characters): `text` holds only its start; the whole text and its entities are here.
      text = full
      entities = note["entities"] ?? entities
    }
    if author == nil, !context.countingOnly, let authorID, let users = expansions.users {
      author = find(authorID, in: users)
    }
    var handle = ""
    var name: String?
    author?.forEachMember { key, value in
      if key == "username" {
        handle = value.string ?? ""
      } else if key == "name" {
        name = value.string
      }
      return true
    }
    // The entity tags, read once the references are known: a retweet whose original is found takes the
    // original's tags when it has some.
    var tags: [String]?
    var kind = PostKind.original
    var retweetText: String?  // the text rebuilt from the retweeted tweet's full text
    references?.forEachElement { reference in
      guard let type = reference["type"] else { return true }
      if type.stringEquals("retweeted") {
        kind = .repost
        // The full text: twarc inlines the referenced tweet; otherwise look it up in includes.tweets.
        let original =
          reference["text"] != nil
          ? reference : reference["id"].flatMap { id in expansions.tweets.flatMap { find(id, in: $0) } }
        if let original, let full = (original["note_tweet", "text"] ?? original["text"])?.entityDecodedString {
          let body = retweetText ?? text.entityDecodedString ?? ""
          retweetText = (DecodeContext.retweetPrefix(body).map(String.init) ?? "") + full
          let originalEntities = original["note_tweet", "entities"] ?? original["entities"]
          if let originalTags = originalEntities?["hashtags"]?.entityTags(key: "tag"), !originalTags.isEmpty {
            tags = originalTags
          }
        }
      } else if type.stringEquals("quoted") {
        if kind == .original { kind = .quote }
      } else if type.stringEquals("replied_to") {
        if kind != .repost { kind = .reply }
      }
      return true
    }
    let postID = id ?? context.fallbackID
    var body = ""
    var hashtags: [String] = []
    var span = PostTagArena.Span()
    if texts != nil, retweetText == nil {
      // Counting: the text stays as bytes in `texts` when the post has hashtag entities, or when it has none and
      // its text holds no "#" (its hashtags come from the text, and there are none); a lean post's tags go to
      // `texts.tags` too.
      if let entityTags = entities?.entityHashtags {
        if texts?.leanPosts == true {
          let start = texts?.tags.count ?? 0
          if texts?.appendTags(of: entityTags) ?? 0 > 0 { span = texts?.tags.span(from: start) ?? span }
        } else {
          let found = entityTags.entityTags(key: "tag")
          if !found.isEmpty { hashtags = found }
        }
      }
      let tagged = span.count > 0 || !hashtags.isEmpty
      let kept = text.withEntityDecodedBytes { bytes -> Bool in
        if !tagged && HashtagExtractor.mayContainHash(utf8: bytes) { return false }
        texts?.append(bytes, post: index)
        return true
      }
      if kept == nil {
        // Not a string: the empty text, as `entityDecodedString ?? ""` gives, and no hashtags in it.
        texts?.append(UnsafeBufferPointer(start: nil, count: 0), post: index)
      } else if kept == false {
        body = text.entityDecodedString ?? ""
        hashtags = DecodeContext.hashtags(nil, text: body)
      }
    } else {
      body = retweetText ?? text.entityDecodedString ?? ""
      if tags == nil { tags = entities?["hashtags"]?.entityTags(key: "tag") }
      hashtags = DecodeContext.hashtags(tags, text: body)
    }
    let url = context.countingOnly ? nil : DecodeContext.tweetURL(handle: handle, id: postID)
    // The locals are moved into the post, not copied into it and then destroyed.
    posts.append(
      Post(
        id: consume postID, platform: .twitter, authorHandle: consume handle, authorName: consume name,
        eventTime: created, arrivalTime: context.arrivalTime, text: consume body, hashtags: consume hashtags,
        language: consume language, url: url, kind: kind, source: span.count > 0 ? "" : context.sourceName))
    posts[index].tagSpan = span
    // The author's id, in both modes (counting looks up no handle): the same author has the same key either way.
    if let authorID { posts[index].authorID = authorID.withRawBytes { AuthorID(utf8: $0) } }
    return true
  }

  /// The object in `array` whose `id` equals `id` (compared as raw bytes; ids are strings in v2).
  static func find(_ id: JSONValue, in array: JSONValue) -> JSONValue? {
    var found: JSONValue?
    id.withRawBytes { wanted in
      array.forEachElement { candidate in
        guard let candidateID = candidate["id"] else { return true }
        let same = candidateID.withRawBytes { have -> Bool in
          guard have.count == wanted.count, let a = have.baseAddress, let b = wanted.baseAddress else {
            return have.count == wanted.count && have.isEmpty
          }
          return memcmp(a, b, have.count) == 0
        }
        if same { found = candidate }
        return !same
      }
    }
    return found
  }
}

/// The members of a v2 tweet the decoder reads.
enum TweetField {
  case id, text, authorID, author, createdAt, language, entities, references, note

  /// The field a member name stands for, dispatching on the raw name's length first (one comparison rules out
  /// most names); an escaped name is compared by its unescaped text.
  @inline(__always) init?(_ key: JSONKey) {
    switch key.length {
    case 2: if key == "id" { self = .id; return }
    case 4:
      if key == "text" { self = .text; return }
      if key == "lang" { self = .language; return }
    case 6: if key == "author" { self = .author; return }
    case 8: if key == "entities" { self = .entities; return }
    case 9: if key == "author_id" { self = .authorID; return }
    case 10:
      if key == "created_at" { self = .createdAt; return }
      if key == "note_tweet" { self = .note; return }
    case 17: if key == "referenced_tweets" { self = .references; return }
    default: break
    }
    guard key.hasEscapes else { return nil }
    switch key.string {
    case "id": self = .id
    case "text": self = .text
    case "lang": self = .language
    case "author": self = .author
    case "entities": self = .entities
    case "author_id": self = .authorID
    case "created_at": self = .createdAt
    case "referenced_tweets": self = .references
    case "note_tweet": self = .note
    default: return nil
    }
  }
}
