/// Gnip Activity Streams (Twitter's enterprise format): `body`, `actor.preferredUsername`, `postedTime`,
/// `verb` ("post" or "share" = retweet, whose full text is `object.body`), `twitter_entities.hashtags`,
/// `long_object.body` for long tweets, `id` "tag:search.twitter.com,2005:<id>", `link`, `twitter_lang`.
enum GnipDecoder {
  static func decode(_ activity: JSONValue, _ context: DecodeContext) -> Post {
    var id: String?
    var body: JSONValue?
    var longBody: JSONValue?
    var actor: JSONValue?
    var posted: EpochMillis?
    var share = false
    var object: JSONValue?
    var entities: JSONValue?
    var link: String?
    var language: String?
    var reply = false
    var quote = false
    activity.forEachMember { key, value in
      if key == "id" {
        id = value.string.map(numericSuffix)
      } else if key == "body" {
        body = value
      } else if key == "long_object" {
        longBody = value["body"]
      } else if key == "actor" {
        actor = value
      } else if key == "postedTime" {
        posted = value.epochMillis
      } else if key == "verb" {
        share = value.stringEquals("share")
      } else if key == "object" {
        object = value
      } else if key == "twitter_entities" {
        entities = value
      } else if key == "link" {
        link = value.nonEmptyString
      } else if key == "twitter_lang" {
        language = value.languageCode
      } else if key == "inReplyTo" {
        reply = !value.isNull
      } else if key == "twitter_quoted_status" {
        quote = !value.isNull
      }
      return true
    }
    var text = (longBody ?? body)?.entityDecodedString ?? ""
    var tags = entities?["hashtags"]?.entityTags(key: "text")
    if share, let object, let original = (object["long_object", "body"] ?? object["body"])?.entityDecodedString {
      text = (DecodeContext.retweetPrefix(text).map(String.init) ?? "") + original
      tags = object["twitter_entities", "hashtags"]?.entityTags(key: "text") ?? tags
    }
    let handle = actor?["preferredUsername"]?.string ?? ""
    let postID = id ?? context.fallbackID
    return Post(
      id: postID, platform: .twitter, authorHandle: handle, authorName: actor?["displayName"]?.string,
      eventTime: posted, arrivalTime: context.arrivalTime, text: text,
      hashtags: DecodeContext.hashtags(tags, text: text), language: language,
      url: link ?? DecodeContext.tweetURL(handle: handle, id: postID),
      kind: share ? .repost : reply ? .reply : quote ? .quote : .original, source: context.sourceName)
  }

  /// "tag:search.twitter.com,2005:887453193294282752" -> "887453193294282752".
  static func numericSuffix(_ id: String) -> String {
    guard let colon = id.lastIndex(of: ":") else { return id }
    return String(id[id.index(after: colon)...])
  }
}
