/// A Twitter/X API v2 search page for tests, made up: `tweets` tweets by `users` authors (each tweet's author in
/// `includes.users`), every tenth a retweet whose original (with a hashtag the shortened text lacks) is in
/// `includes.tweets`; one page on one line as twarc writes it, or pretty-printed, with `includes` after `data`
/// (as the API returns it) or before.
public struct TwitterV2PageFixture {
  public var tweets: Int
  public var users: Int

  public init(tweets: Int, users: Int = 37) {
    self.tweets = tweets
    self.users = users
  }

  /// Ids of the tweets that are retweets.
  public var retweetIDs: [String] { (0..<tweets).filter { $0 % 10 == 3 }.map(tweetID) }

  private func tweetID(_ k: Int) -> String { "15\(100_000 + k)" }

  private func originalID(_ k: Int) -> String { "14\(100_000 + k)" }

  /// The `data` elements, one JSON object each.
  public var elements: [String] {
    (0..<tweets).map { k in
      let common =
        #""id":"\#(tweetID(k))","author_id":"\#(900 + k % users)","created_at":"2024-03-0\#(1 + k % 9)T0\#(k % 10):15:00.000Z","lang":"en""#
      if k % 10 == 3 {
        return #"{"# + common + #","text":"RT @orig\#(k): Bins on Mill Lane not collected for the \#(k)th…","#
          + #""referenced_tweets":[{"type":"retweeted","id":"\#(originalID(k))"}]}"#
      }
      return #"{"# + common + #","text":"Streetlight \#(k) out on Elm Road again #streetlights","#
        + #""entities":{"hashtags":[{"start":36,"end":49,"tag":"streetlights"}]}}"#
    }
  }

  /// The `includes.users` objects.
  public var people: [String] {
    (0..<users).map { u in #"{"id":"\#(900 + u)","username":"resident\#(u)","name":"Resident \#(u)"}"# }
  }

  /// The `includes.tweets` objects: the retweeted originals.
  public var originals: [String] {
    (0..<tweets).filter { $0 % 10 == 3 }.map { k in
      #"{"id":"\#(originalID(k))","author_id":"\#(900 + (k + 1) % users)","#
        + #""text":"Bins on Mill Lane not collected for the \#(k)th day running, please send a truck #bins","#
        + #""entities":{"hashtags":[{"start":84,"end":89,"tag":"bins"}]}}"#
    }
  }

  private var meta: String { #"{"result_count":\#(tweets),"next_token":"b26v89c19zqg8o3fpds"}"# }

  /// The page on one line (with its newline).
  public func compact(includesFirst: Bool = false) -> String {
    let data = #""data":["# + elements.joined(separator: ",") + "]"
    let includes =
      #""includes":{"users":["# + people.joined(separator: ",") + #"],"tweets":["# + originals.joined(separator: ",")
      + "]}"
    let members = includesFirst ? [includes, data] : [data, includes]
    return "{" + members.joined(separator: ",") + #","meta":"# + meta + "}\n"
  }

  /// The page pretty-printed: one element, user or original tweet per line.
  public func pretty(includesFirst: Bool = false) -> String {
    func list(_ items: [String], indent: String) -> String {
      "[\n" + items.map { indent + "  " + $0 }.joined(separator: ",\n") + "\n" + indent + "]"
    }
    let data = "  \"data\": " + list(elements, indent: "  ")
    let includes =
      "  \"includes\": {\n    \"users\": " + list(people, indent: "    ") + ",\n    \"tweets\": "
      + list(originals, indent: "    ") + "\n  }"
    let members = includesFirst ? [includes, data] : [data, includes]
    return "{\n" + members.joined(separator: ",\n") + ",\n  \"meta\": " + meta + "\n}\n"
  }
}
