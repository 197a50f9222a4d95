/// What every decoder needs besides the record's JSON: where it came from and when it arrived.
struct DecodeContext {
  var sourceName: String
  var arrivalTime: EpochMillis
  var line: Int
  /// Leave out what only display needs (see `DecoderOptions.countingOnly`).
  var countingOnly = false
  /// Position of the object being decoded in a top-level JSON array (0 otherwise): records without an id of their
  /// own are told apart by it, so the objects of one array are not taken for duplicates of each other.
  var element = 0

  /// The stand-in id of a post that has none of its own: where its record starts (and its place in an array).
  var fallbackID: String {
    element == 0 ? "\(sourceName):\(line)" : "\(sourceName):\(line)#\(element + 1)"
  }

  /// A tweet's web address from the author's screen name and the tweet id.
  static func tweetURL(handle: String, id: String) -> String {
    let prefix: StaticString = "https://twitter.com/"
    let middle: StaticString = "/status/"
    var handle = handle
    var id = id
    return handle.withUTF8 { user in
      id.withUTF8 { number in
        let who =
          user.isEmpty ? UnsafeBufferPointer(start: anonymous.utf8Start, count: anonymous.utf8CodeUnitCount) : user
        let total = prefix.utf8CodeUnitCount + who.count + middle.utf8CodeUnitCount + number.count
        return String(unsafeUninitializedCapacity: total) { out in
          var at = 0
          func put(_ part: UnsafeBufferPointer<UInt8>) {
            _ = UnsafeMutableBufferPointer(rebasing: out[at..<(at + part.count)]).initialize(from: part)
            at += part.count
          }
          put(UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount))
          put(who)
          put(UnsafeBufferPointer(start: middle.utf8Start, count: middle.utf8CodeUnitCount))
          put(number)
          return at
        }
      }
    }
  }

  private static let anonymous: StaticString = "i/web"

  /// A stand-in for an id when only equality of ids matters (`countingOnly`): 11 characters (a small string, no
  /// allocation) spelling the 64-bit `DedupWindow` key of the id's UTF-8 bytes, six bits per character. Equal ids
  /// give equal digests; two different ids share one with probability about 2^-64. Never contains ':' (so it
  /// cannot equal a "source:line" fallback id).
  static func idDigest(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    let key = DedupWindow.key(utf8: bytes)
    let alphabet: StaticString = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    return String(unsafeUninitializedCapacity: idDigestLength) { out in
      let letters = alphabet.utf8Start
      for k in 0..<idDigestLength { out[k] = letters[Int(truncatingIfNeeded: key >> UInt64(6 * k)) & 63] }
      return idDigestLength
    }
  }

  static let idDigestLength = 11

  /// Hashtags from entities when the record has them, else from the text.
  static func hashtags(_ fromEntities: [String]?, text: String) -> [String] {
    if let fromEntities, !fromEntities.isEmpty { return fromEntities }
    return HashtagExtractor.extract(from: text)
  }

  /// The kind of a post known only by its text (CSV rows, generic JSON, plain text): a text that starts
  /// "RT @name:" is a retweet, written the way exports and old clients write one; any other is an original.
  static func kind(ofText text: String) -> PostKind {
    retweetPrefix(text) != nil ? .repost : .original
  }

  /// "RT @name: " (the prefix a retweet's truncated text starts with), or nil.
  static func retweetPrefix(_ text: String) -> Substring? {
    guard text.hasPrefix("RT @"), let colon = text.firstIndex(of: ":") else { return nil }
    let end = text.index(after: colon)
    return text[..<(end < text.endIndex && text[end] == " " ? text.index(after: end) : end)]
  }
}
