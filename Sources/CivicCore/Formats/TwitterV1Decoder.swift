/// Twitter/X API v1.1 statuses (streaming, REST, search pages `{"statuses": [...]}`).
///
/// Text: `extended_tweet.full_text` › `full_text` › `text`; a retweet's full text comes from
/// `retweeted_status` (kept behind the "RT @name: " prefix). Hashtags from `extended_tweet.entities` or
/// `entities`. Ids from `id_str` (numeric `id` values may have been rounded by tools that re-saved the file).
enum TwitterV1Decoder {
  /// The fields of one status object, read in one pass.
  struct Fields {
    var idString: String?
    var numericID: String?
    var text: JSONValue?
    var fullText: JSONValue?
    var extended: JSONValue?
    var entities: JSONValue?
    var user: JSONValue?
    var created: EpochMillis?
    var timestampMillis: EpochMillis?
    var language: String?
    var retweeted: JSONValue?
    var quoted = false
    var reply = false

    init(_ status: JSONValue) {
      status.forEachMember { key, value in
        if key == "id_str" {
          idString = value.idString
        } else if key == "id" {
          numericID = value.idString
        } else if key == "text" {
          text = value
        } else if key == "full_text" {
          fullText = value
        } else if key == "extended_tweet" {
          extended = value
        } else if key == "entities" {
          entities = value
        } else if key == "user" {
          user = value
        } else if key == "created_at" {
          created = value.epochMillis
        } else if key == "timestamp_ms" {
          timestampMillis = value.epochMillis
        } else if key == "lang" {
          language = value.languageCode
        } else if key == "retweeted_status" {
          if value.isObject { retweeted = value }
        } else if key == "quoted_status" || key == "quoted_status_id_str" {
          quoted = quoted || !value.isNull
        } else if key == "is_quote_status" {
          quoted = quoted || value.bool == true
        } else if key == "in_reply_to_status_id_str" || key == "in_reply_to_status_id" {
          reply = reply || !value.isNull
        }
        return true
      }
    }

    /// The longest text the status carries, with its hashtags.
    var fullTextAndTags: (String, [String]?) {
      if let extended, let full = extended["full_text"]?.entityDecodedString {
        return (
          full,
          extended["entities", "hashtags"]?.entityTags(key: "text") ?? entities?["hashtags"]?.entityTags(key: "text")
        )
      }
      let body = (fullText ?? text)?.entityDecodedString ?? ""
      return (body, entities?["hashtags"]?.entityTags(key: "text"))
    }
  }

  static func decodeStatus(_ status: JSONValue, _ context: DecodeContext) -> Post {
    let fields = Fields(status)
    var (body, tags) = fields.fullTextAndTags
    var kind: PostKind = fields.reply ? .reply : fields.quoted ? .quote : .original
    if let retweeted = fields.retweeted {
      kind = .repost
      let original = Fields(retweeted)
      let (full, originalTags) = original.fullTextAndTags
      if !full.isEmpty {
        body = (DecodeContext.retweetPrefix(body).map(String.init) ?? "") + full
        tags = originalTags
      }
    }
    var handle = ""
    var name: String?
    fields.user?.forEachMember { key, value in
      if key == "screen_name" {
        handle = value.string ?? ""
      } else if key == "name" {
        name = value.string
      }
      return true
    }
    let id = fields.idString ?? fields.numericID ?? context.fallbackID
    return Post(
      id: id, platform: .twitter, authorHandle: handle, authorName: name,
      eventTime: fields.timestampMillis ?? fields.created, arrivalTime: context.arrivalTime, text: body,
      hashtags: DecodeContext.hashtags(tags, text: body), language: fields.language,
      url: context.countingOnly ? nil : DecodeContext.tweetURL(handle: handle, id: id), kind: kind,
      source: context.sourceName)
  }
}
