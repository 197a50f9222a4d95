/// Bluesky: Jetstream events, Tap records and AppView post views.
///
/// Only creations of `app.bsky.feed.post` records are posts; likes, follows, reposts, deletes, updates, identity
/// and account events are skipped (well-formed, not posts). The id is the `at://{did}/{collection}/{rkey}` URI.
/// Hashtags come from `#tag` facet features (facet offsets count UTF-8 bytes), else from the text.
enum BlueskyDecoder {
  static let postCollection: StaticString = "app.bsky.feed.post"

  /// A Jetstream event: `{"did", "time_us", "kind", "commit": {"operation", "collection", "rkey", "record"}}`.
  static func decodeJetstream(_ event: JSONValue, _ context: DecodeContext) -> DecodeResult {
    guard event["kind"]?.stringEquals("commit") != false, let commit = event["commit"] else {
      return .skipped(reason: "Bluesky \(event["kind"]?.string ?? "") event is not a post")
    }
    let time = event["time_us"]?.epochMillis
    return decodeCommit(
      did: event["did"], commit: commit, actionKey: "operation", fallbackTime: time, context)
  }

  /// A Tap record: `{"type": "record", "record": {"did", "collection", "rkey", "action", "record"}}`.
  static func decodeTap(_ event: JSONValue, _ context: DecodeContext) -> DecodeResult {
    guard event["type"]?.stringEquals("record") == true, let record = event["record"] else {
      return .skipped(reason: "Bluesky Tap \(event["type"]?.string ?? "") event is not a post")
    }
    return decodeCommit(did: record["did"], commit: record, actionKey: "action", fallbackTime: nil, context)
  }

  static func decodeCommit(
    did: JSONValue?, commit: JSONValue, actionKey: StaticString, fallbackTime: EpochMillis?, _ context: DecodeContext
  ) -> DecodeResult {
    guard commit[actionKey]?.stringEquals("create") == true, commit["collection"]?.stringEquals(postCollection) == true
    else {
      let what = [commit["collection"]?.string, commit[actionKey]?.string].compactMap { $0 }.joined(separator: " ")
      return .skipped(reason: "Bluesky commit \(what) is not a post creation")
    }
    guard let didText = did?.nonEmptyString, let rkey = commit["rkey"]?.nonEmptyString,
      let record = commit["record"], record.isObject
    else { return .malformed(reason: "Bluesky post commit without did, rkey or record") }
    let uri = "at://\(didText)/app.bsky.feed.post/\(rkey)"
    let url = "https://bsky.app/profile/\(didText)/post/\(rkey)"
    return .posts([
      post(uri: uri, handle: didText, name: nil, record: record, fallbackTime: fallbackTime, url: url, context)
    ])
  }

  /// An AppView `postView`: `{"uri", "cid", "author": {"did", "handle", "displayName"}, "record", "indexedAt"}`.
  static func decodePostView(_ view: JSONValue, _ context: DecodeContext) -> DecodeResult {
    guard let uri = view["uri"]?.nonEmptyString, let record = view["record"], record.isObject else {
      return .malformed(reason: "Bluesky post view without uri or record")
    }
    let author = view["author"]
    let handle = author?["handle"]?.nonEmptyString ?? author?["did"]?.string ?? ""
    var url: String?
    if let slash = uri.lastIndex(of: "/"), !handle.isEmpty {
      url = "https://bsky.app/profile/\(handle)/post/\(uri[uri.index(after: slash)...])"
    }
    return .posts([
      post(
        uri: uri, handle: handle, name: author?["displayName"]?.nonEmptyString, record: record,
        fallbackTime: view["indexedAt"]?.epochMillis, url: url, context)
    ])
  }

  /// A thread from `getPostThread` (`{"thread": threadViewPost}`): its post, the posts it replies to (`parent`,
  /// up the chain) and every reply under it (`replies`, all the way down), each once, parents first. A post the
  /// thread marks not found or blocked is left out.
  static func decodeThread(_ thread: JSONValue, _ context: DecodeContext) -> DecodeResult {
    var parents: [JSONValue] = []
    var up = thread["parent"]
    while let view = up, view.isObject {
      parents.append(view)
      up = view["parent"]
    }
    var posts: [Post] = []
    func add(_ view: JSONValue) {
      guard let post = view["post"], post.isObject, case .posts(let found) = decodePostView(post, context) else {
        return
      }
      posts += found
    }
    parents.reversed().forEach(add)
    // Depth first, replies in their order: a stack of the views still to read.
    var stack = [thread]
    while let view = stack.popLast() {
      add(view)
      var replies: [JSONValue] = []
      view["replies"]?.forEachElement { reply in
        if reply.isObject { replies.append(reply) }
        return true
      }
      stack += replies.reversed()
    }
    return posts.isEmpty ? .skipped(reason: "Bluesky thread with no post (not found or blocked)") : .posts(posts)
  }

  /// The post from an `app.bsky.feed.post` record.
  static func post(
    uri: String, handle: String, name: String?, record: JSONValue, fallbackTime: EpochMillis?, url: String?,
    _ context: DecodeContext
  ) -> Post {
    var text = ""
    var created: EpochMillis?
    var language: String?
    var facets: JSONValue?
    var kind = PostKind.original
    record.forEachMember { key, value in
      if key == "text" {
        text = value.string ?? ""
      } else if key == "createdAt" {
        created = value.epochMillis
      } else if key == "langs" {
        value.forEachElement {
          language = $0.nonEmptyString
          return false
        }
      } else if key == "facets" {
        facets = value
      } else if key == "reply" {
        if value.isObject { kind = .reply }
      } else if key == "embed" {
        if kind == .original, let type = value["$type"],
          type.stringEquals("app.bsky.embed.record") || type.stringEquals("app.bsky.embed.recordWithMedia")
        {
          kind = .quote
        }
      }
      return true
    }
    let tags = facets.map { facetTags($0, text: text) }
    return Post(
      id: uri, platform: .bluesky, authorHandle: handle, authorName: name,
      eventTime: Self.eventTime(created: created, indexed: fallbackTime),
      arrivalTime: context.arrivalTime, text: text, hashtags: DecodeContext.hashtags(tags, text: text),
      language: language, url: url, kind: kind, source: context.sourceName)
  }

  /// Tags of `app.bsky.richtext.facet#tag` features, ordered by byte offset; the text is sliced by the facet's
  /// UTF-8 byte range when a feature has no `tag`.
  static func facetTags(_ facets: JSONValue, text: String) -> [String] {
    var tags: [(start: Int64, tag: String)] = []
    facets.forEachElement { facet in
      let start = facet["index", "byteStart"]?.int64 ?? 0
      let end = facet["index", "byteEnd"]?.int64 ?? 0
      facet["features"]?.forEachElement { feature in
        guard feature["$type"]?.stringEquals("app.bsky.richtext.facet#tag") == true else { return true }
        let tag =
          feature["tag"]?.nonEmptyString
          ?? HashtagExtractor.slice(text, utf8: Int(start)..<Int(max(start, end))).map(HashtagExtractor.stripHash)
        if let tag, !tag.isEmpty { tags.append((start, tag)) }
        return true
      }
      return true
    }
    return tags.sorted { $0.start < $1.start }.map(\.tag)
  }

  /// `createdAt` is set by the posting client and can be anything (real records carry year 0000); one from
  /// before 2000 or more than a day after the AppView indexed the post (`EventTimeBounds`' limits, with `indexedAt`
  /// for the arrival) gives way to `indexedAt` when that one is from 2000 on. When both are bogus, the decoders'
  /// shared bounds set the time aside.
  static func eventTime(created: EpochMillis?, indexed: EpochMillis?) -> EpochMillis? {
    guard let created else { return indexed }
    guard let indexed else { return created }
    let implausible = created < EventTimeBounds.earliest || created > indexed + EventTimeBounds.leeway
    return implausible && indexed >= EventTimeBounds.earliest ? indexed : created
  }
}
