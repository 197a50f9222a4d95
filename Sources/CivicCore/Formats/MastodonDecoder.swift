/// Mastodon: REST/streaming Status entities, arrays of them, and server-sent events of the streaming API.
///
/// Text is the HTML `content` made plain (with `spoiler_text` before it when set); a boost (`reblog`) is a post of
/// kind repost carrying the boosted status's text. The id is the `uri`, unique across servers. Hashtags are read
/// from the text as written (`tags[].name` is lower-cased, and accent-folded, by servers), plus any `tags` the text
/// does not show.
enum MastodonDecoder {
  /// A streaming event: `update` is a new status, `status.update` an edit; every other event is not a post.
  static func decodeEvent(_ event: String, _ record: Record, _ context: DecodeContext) -> DecodeResult {
    guard event == "update" || event == "status.update" else {
      return .skipped(reason: "streaming event \"\(event)\" is not a post")
    }
    let result = JSONScanner.withRoot(record.storage) { root -> DecodeResult in
      guard root.isObject, root["content"] != nil else { return .malformed(reason: "\(event) event without a status") }
      var post = decodeStatus(root, context)
      post.isEdit = event == "status.update"
      return .posts([post])
    }
    switch result {
    case .success(let decoded): return decoded
    case .failure(let error): return .malformed(reason: error.description)
    }
  }

  static func decodeStatus(_ status: JSONValue, _ context: DecodeContext) -> Post {
    var uri: String?
    var id: String?
    var url: String?
    var created: EpochMillis?
    var content: JSONValue?
    var spoiler: JSONValue?
    var language: String?
    var account: JSONValue?
    var reblog: JSONValue?
    var tags: JSONValue?
    var reply = false
    var quote = false
    status.forEachMember { key, value in
      if key == "uri" {
        uri = value.nonEmptyString
      } else if key == "id" {
        id = value.idString
      } else if key == "url" {
        url = value.nonEmptyString
      } else if key == "created_at" {
        created = value.epochMillis
      } else if key == "content" {
        content = value
      } else if key == "spoiler_text" {
        spoiler = value
      } else if key == "language" {
        language = value.languageCode
      } else if key == "account" {
        account = value
      } else if key == "reblog" {
        if value.isObject { reblog = value }
      } else if key == "tags" {
        tags = value
      } else if key == "in_reply_to_id" {
        reply = !value.isNull
      } else if key == "quote" {
        quote = value.isObject
      }
      return true
    }
    var text = plainText(content: content, spoiler: spoiler)
    if let reblog {
      text = plainText(content: reblog["content"], spoiler: reblog["spoiler_text"])
      tags = reblog["tags"]
    }
    var handle = ""
    var name: String?
    account?.forEachMember { key, value in
      if key == "acct" {
        handle = value.string ?? handle
      } else if key == "username" && handle.isEmpty {
        handle = value.string ?? ""
      } else if key == "display_name" {
        name = value.nonEmptyString
      }
      return true
    }
    return Post(
      id: uri ?? id ?? context.fallbackID, platform: .mastodon, authorHandle: handle,
      authorName: name, eventTime: created, arrivalTime: context.arrivalTime, text: text,
      hashtags: hashtags(text: text, tags: tags), language: language, url: url,
      kind: reblog != nil ? .repost : reply ? .reply : quote ? .quote : .original, source: context.sourceName)
  }

  static func plainText(content: JSONValue?, spoiler: JSONValue?) -> String {
    let body = content?.withUnescapedBytes { HTMLText.plainText($0) } ?? ""
    guard let warning = spoiler?.withUnescapedBytes({ HTMLEntities.decode($0) }), !warning.isEmpty else { return body }
    return body.isEmpty ? warning : warning + "\n\n" + body
  }

  static func hashtags(text: String, tags: JSONValue?) -> [String] {
    var found = HashtagExtractor.extract(from: text)
    tags?.forEachElement { tag in
      if let name = tag["name"]?.nonEmptyString, !found.contains(where: { sameTag($0, name) }) {
        found.append(name)
      }
      return true
    }
    return found
  }

  /// Whether the text's tag `shown` is the server's tag `name`. Servers keep a tag's name lower-cased and, since
  /// Mastodon 4, with its accents folded: the text's `#Zeitverträge` is the tag `zeitvertrage`, which must not be
  /// counted a second time. (Counting still keeps `#café` and `#cafe` apart; see `HashtagFold`.)
  static func sameTag(_ shown: String, _ name: String) -> Bool {
    if shown.lowercased() == name.lowercased() { return true }
    guard shown.utf8.contains(where: { $0 >= 0x80 }) || name.utf8.contains(where: { $0 >= 0x80 }) else {
      return false
    }
    let options: String.CompareOptions = [.caseInsensitive, .diacriticInsensitive, .widthInsensitive]
    return shown.folding(options: options, locale: nil) == name.folding(options: options, locale: nil)
  }
}
