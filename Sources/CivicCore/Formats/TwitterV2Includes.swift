/// A v2 page's `includes` (its `users` and `tweets`), kept as the bytes of each object by its `id`, so that a tweet
/// read apart from its page (`JSONObjectStreamer` reads a page too large to be one record as its elements) still
/// resolves through them: `wrap` makes the tweet a stream record carrying the expansions it refers to, which
/// `TwitterV2Decoder` resolves as it would on the whole page.
struct TwitterV2Includes {
  private let bytes: [UInt8]
  /// Where each user and tweet object lies in `bytes`, by the raw bytes of its `id` (the first object of an id
  /// wins, as `TwitterV2Decoder.find` finds it).
  private var users: [[UInt8]: Range<Int>] = [:]
  private var tweets: [[UInt8]: Range<Int>] = [:]

  /// The expansions in `includes`, the bytes of a JSON object; nil when they are not one.
  init?(_ includes: [UInt8]) {
    bytes = includes
    var users: [[UInt8]: Range<Int>] = [:]
    var tweets: [[UInt8]: Range<Int>] = [:]
    let parsed = JSONScanner.withRoot(includes) { root -> Bool in
      guard root.isObject else { return false }
      let (userArray, tweetArray) = TwitterV2Decoder.expansions(root)
      TwitterV2Includes.index(userArray, into: &users)
      TwitterV2Includes.index(tweetArray, into: &tweets)
      return true
    }
    guard case .success(true) = parsed else { return nil }
    self.users = users
    self.tweets = tweets
  }

  private static func index(_ array: JSONValue?, into found: inout [[UInt8]: Range<Int>]) {
    array?.forEachElement { object in
      if object.isObject, let id = object["id"] {
        let key = id.withRawBytes { Array($0) }
        if found[key] == nil { found[key] = object.offset..<object.endOffset }
      }
      return true
    }
  }

  /// The tweet `record` (one element of the page's `data`) as the stream record
  /// `{"data":TWEET,"includes":{"users":[ITS AUTHOR],"tweets":[THE TWEETS IT REFERS TO]}}`, with its line and place;
  /// a record that is no valid JSON object (or was not framed as JSON) is returned as it is.
  func wrap(_ record: Record) -> Record {
    guard case .auto = record.context else { return record }
    var author: Range<Int>?
    var referenced: [Range<Int>] = []
    let parsed = JSONScanner.withRoot(record.storage) { tweet -> Bool in
      guard tweet.isObject else { return false }
      if let id = tweet["author_id"] { author = id.withRawBytes { users[Array($0)] } }
      tweet["referenced_tweets"]?.forEachElement { reference in
        if let id = reference["id"], let found = id.withRawBytes({ tweets[Array($0)] }), !referenced.contains(found) {
          referenced.append(found)
        }
        return true
      }
      return true
    }
    guard case .success(true) = parsed else { return record }
    var joined: [UInt8] = []
    joined.reserveCapacity(
      record.storage.count + 48 + (author?.count ?? 0) + referenced.reduce(0) { $0 + $1.count + 1 })
    joined += #"{"data":"#.utf8
    joined += record.storage
    joined += #","includes":{"users":["#.utf8
    if let author { joined += bytes[author] }
    joined += #"],"tweets":["#.utf8
    for (k, range) in referenced.enumerated() {
      if k > 0 { joined.append(UInt8(ascii: ",")) }
      joined += bytes[range]
    }
    joined += "]}}".utf8
    var wrapped = Record(bytes: joined, line: record.line, arrivalTime: record.arrivalTime)
    wrapped.element = record.element
    return wrapped
  }
}
