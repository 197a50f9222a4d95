/// What every decoder needs besides the record's JSON: where it came from and when it arrived.
struct DecodeContext {
  var sourceName: String
  var arrivalTime: EpochMillis
  var line: Int

  /// A tweet's web address from the author's screen name and the tweet id.
  static func tweetURL(handle: String, id: String) -> String {
    handle.isEmpty ? "https://twitter.com/i/web/status/\(id)" : "https://twitter.com/\(handle)/status/\(id)"
  }

  /// Hashtags from entities when the record has them, else from the text.
  static func hashtags(_ fromEntities: [String]?, text: String) -> [String] {
    if let fromEntities, !fromEntities.isEmpty { return fromEntities }
    return HashtagExtractor.extract(from: text)
  }

  /// "RT @name: " (the prefix a retweet's truncated text starts with), or nil.
  static func retweetPrefix(_ text: String) -> Substring? {
    guard text.hasPrefix("RT @"), let colon = text.firstIndex(of: ":") else { return nil }
    let end = text.index(after: colon)
    return text[..<(end < text.endIndex && text[end] == " " ? text.index(after: end) : end)]
  }
}
