import XCTest

@testable import CivicCore

final class TwitterDecoderTests: XCTestCase {
  func testV1StreamStatusPrefersExtendedTextAndEntities() throws {
    let line = #"""
      {"created_at":"Wed Oct 10 20:19:24 +0000 2018","id":1050118621198921700,"id_str":"1050118621198921728","text":"Road works on A6 &amp; \u2026","truncated":true,"user":{"screen_name":"cityfan","name":"City Fan"},"entities":{"hashtags":[]},"extended_tweet":{"full_text":"Road works on A6 &amp; no diversion signs #roadworks #A6","entities":{"hashtags":[{"text":"roadworks","indices":[42,52]},{"text":"A6","indices":[53,56]}]}},"in_reply_to_status_id_str":null,"lang":"en","timestamp_ms":"1539202764123"}
      """#
    let post = try XCTUnwrap(DecodeTally.run(line).posts.first)
    XCTAssertEqual(post.id, "1050118621198921728")
    XCTAssertEqual(post.text, "Road works on A6 & no diversion signs #roadworks #A6")
    XCTAssertEqual(post.hashtags, ["roadworks", "A6"])
    XCTAssertEqual(post.authorHandle, "cityfan")
    XCTAssertEqual(post.authorName, "City Fan")
    XCTAssertEqual(post.eventTime, 1_539_202_764_123)
    XCTAssertEqual(post.url, "https://twitter.com/cityfan/status/1050118621198921728")
    XCTAssertEqual(post.language, "en")
    XCTAssertEqual(post.kind, .original)
    XCTAssertEqual(post.platform, .twitter)
  }

  func testV1RetweetTakesFullTextFromRetweetedStatusAndSearchPageCountsTopLevelOnly() {
    let page = #"""
      {"statuses":[
        {"id_str":"2","text":"RT @orig: Trains cancelled again this morning, no announcement at the st\u2026","user":{"screen_name":"rt"},"created_at":"Wed Oct 10 20:19:24 +0000 2018","retweeted_status":{"id_str":"1","full_text":"Trains cancelled again this morning, no announcement at the station #rail","entities":{"hashtags":[{"text":"rail","indices":[67,72]}]},"user":{"screen_name":"orig"}}},
        {"id_str":"3","full_text":"@council thanks","in_reply_to_status_id_str":"1","user":{"screen_name":"x"}},
        {"id_str":"4","text":"look","is_quote_status":true,"quoted_status":{"id_str":"1","text":"q","user":{"screen_name":"orig"}},"user":{"screen_name":"y"}}
      ],"search_metadata":{"count":3}}
      """#
    let tally = DecodeTally.run(page)
    XCTAssertEqual(tally.counts, [3, 0, 0])
    XCTAssertEqual(
      tally.posts[0].text, "RT @orig: Trains cancelled again this morning, no announcement at the station #rail")
    XCTAssertEqual(tally.posts[0].kind, .repost)
    XCTAssertEqual(tally.posts[0].hashtags, ["rail"])
    XCTAssertEqual(tally.posts.map(\.kind), [.repost, .reply, .quote])
    XCTAssertEqual(tally.posts.map(\.id), ["2", "3", "4"])
  }

  func testUndeterminedLanguageIsNil() {
    let line = #"{"id_str":"1","text":"!!!","lang":"und","user":{"screen_name":"a"}}"#
    XCTAssertEqual(DecodeTally.run(line).posts.count, 1)
    XCTAssertNil(DecodeTally.run(line).posts.first?.language)
  }

  func testV1StreamNoticesAreSkipped() {
    XCTAssertEqual(DecodeTally.run(#"{"delete":{"status":{"id_str":"1"}}}"#).counts, [0, 1, 0])
  }

  func testGnipShareIsRepostWithObjectBody() throws {
    let line = #"""
      {"id":"tag:search.twitter.com,2005:887","verb":"share","body":"RT @a: Bin day missed \u2026","actor":{"preferredUsername":"b","displayName":"Bee"},"postedTime":"2017-07-18T23:25:04.000Z","object":{"body":"Bin day missed on Elm Road #bins","twitter_entities":{"hashtags":[{"text":"bins","indices":[26,31]}]}},"twitter_entities":{"hashtags":[]},"link":"http://twitter.com/b/statuses/887","twitter_lang":"en"}
      """#
    let post = try XCTUnwrap(DecodeTally.run(line).posts.first)
    XCTAssertEqual(post.id, "887")
    XCTAssertEqual(post.kind, .repost)
    XCTAssertEqual(post.text, "RT @a: Bin day missed on Elm Road #bins")
    XCTAssertEqual(post.hashtags, ["bins"])
    XCTAssertEqual(post.authorHandle, "b")
    XCTAssertEqual(post.eventTime, TimestampParser.parse("2017-07-18T23:25:04Z"))
    XCTAssertEqual(post.url, "http://twitter.com/b/statuses/887")
  }

  func testV2StreamRecordResolvesAuthorThroughIncludes() throws {
    let line = #"""
      {"data":{"id":"1380175475545362437","text":"Potholes on Mill Lane &amp; nobody fixes them #potholes","author_id":"42","created_at":"2021-04-08T15:07:30.000Z","lang":"en","entities":{"hashtags":[{"start":46,"end":55,"tag":"potholes"}]}},"includes":{"users":[{"id":"7","username":"other"},{"id":"42","username":"jane","name":"Jane D"}]},"matching_rules":[{"id":1,"tag":null}]}
      """#
    let post = try XCTUnwrap(DecodeTally.run(line).posts.first)
    XCTAssertEqual(post.id, "1380175475545362437")
    XCTAssertEqual(post.text, "Potholes on Mill Lane & nobody fixes them #potholes")
    XCTAssertEqual(post.authorHandle, "jane")
    XCTAssertEqual(post.authorName, "Jane D")
    XCTAssertEqual(post.hashtags, ["potholes"])
    XCTAssertEqual(post.eventTime, 1_617_894_450_000)
    XCTAssertEqual(post.url, "https://twitter.com/jane/status/1380175475545362437")
  }

  func testV2PageResolvesRetweetTextAndToleratesMissingIncludesAndErrors() {
    let page = #"""
      {"data":[{"id":"10","text":"RT @orig: Library closed early again, tried to ret\u2026","author_id":"1","referenced_tweets":[{"type":"retweeted","id":"9"}]},{"id":"11","text":"RT @gone: something trunc\u2026","author_id":"404","referenced_tweets":[{"type":"retweeted","id":"8"}]},{"id":"12","text":"@lib same here","author_id":"1","referenced_tweets":[{"type":"replied_to","id":"9"}]},{"id":"13","text":"this","author_id":"1","referenced_tweets":[{"type":"quoted","id":"9"}]}],"includes":{"users":[{"id":"1","username":"u1"}],"tweets":[{"id":"9","text":"Library closed early again, tried to return books #libraries","entities":{"hashtags":[{"start":50,"end":60,"tag":"libraries"}]}}]},"errors":[{"resource_id":"8","title":"Not Found Error"}],"meta":{"result_count":4}}
      """#
    let tally = DecodeTally.run(page)
    XCTAssertEqual(tally.counts, [4, 0, 0])
    XCTAssertEqual(tally.posts[0].text, "RT @orig: Library closed early again, tried to return books #libraries")
    XCTAssertEqual(tally.posts[0].hashtags, ["libraries"])
    XCTAssertEqual(tally.posts[1].text, "RT @gone: something trunc…")
    XCTAssertEqual(tally.posts[1].authorHandle, "")
    XCTAssertEqual(tally.posts[1].url, "https://twitter.com/i/web/status/11")
    XCTAssertEqual(tally.posts.map(\.kind), [.repost, .repost, .reply, .quote])
  }

  func testTwarcFlatTweetUsesInlinedAuthor() throws {
    let line = #"""
      {"id":"5","text":"Flooding on the ring road #flood","author_id":"3","created_at":"2021-04-08T15:07:30.000Z","author":{"id":"3","username":"flat_user","name":"Flat"},"__twarc":{"url":"x","version":"2.0"}}
      """#
    let post = try XCTUnwrap(DecodeTally.run(line).posts.first)
    XCTAssertEqual(post.authorHandle, "flat_user")
    XCTAssertEqual(post.hashtags, ["flood"])
    XCTAssertEqual(post.id, "5")
  }

  func testV2TweetWithoutTextIsMalformedOnEveryPath() {
    let noText = #"{"data":{"id":"g2","author_id":"1"}}"#
    let empty = #"{"data":{"id":"g3","text":""}}"#
    let page = #"{"data":[{"id":"a","text":"bins missed"},{"id":"b"}]}"#
    let pageWithoutText = #"{"data":[{"id":"c"},{"id":"d"}]}"#
    let tally = DecodeTally.run([noText, empty, page, pageWithoutText].joined(separator: "\n") + "\n")
    XCTAssertEqual(tally.posts.map(\.id), ["g3", "a"], "an empty text is a post; no text member is not")
    XCTAssertEqual(
      tally.malformed, ["line 1: v2 tweet without text", "line 4: v2 page whose tweets have no text"])
    for countingOnly in [false, true] {
      var posts: [Post] = []
      let record = Record(bytes: Array(noText.utf8), line: 1, arrivalTime: 5)
      XCTAssertEqual(
        StreamDecoder.decode(record, sourceName: "s", countingOnly: countingOnly, into: &posts),
        .malformed(reason: "v2 tweet without text"))
      XCTAssertTrue(posts.isEmpty)
    }
  }

  /// v2 hashtag entities are read without member dispatch when written as Twitter writes them; any other layout
  /// (white space, escaped or extra or repeated names, starts that are not small non-negative integers, tags
  /// that are not strings) must give what the generic reading gives, in the order of the starts.
  func testV2EntityLayoutsGiveTheTagsInStartOrder() {
    let cases: [(entities: String, tags: [String])] = [
      (#"{"start":20,"end":24,"tag":"b"},{"start":10,"end":14,"tag":"a"}"#, ["a", "b"]),
      (#"{"start": 20, "end": 24, "tag": "b"},{"start":10,"end":14,"tag":"a"}"#, ["a", "b"]),
      (#"{"start":10,"end":14,"tag":"a","extra":1},{"start":5,"end":"x,\"tag\":\"no\"","tag":"c"}"#, ["c", "a"]),
      (
        #"{"start":1000000000000000000,"end":1,"tag":"huge"},{"start":-3,"end":1,"tag":"n"},"#
          + #"{"start":1.5,"end":2,"tag":"d"},{"start":12345678901234567890,"end":1,"tag":"big"}"#,
        ["n", "d", "big", "huge"]
      ),
      (##"{"st\u0061rt":30,"end":1,"t\u0061g":"esc"},{"start":20,"end":1,"tag":"#\u00c9cole"}"##, ["École", "esc"]),
      (
        ##"{"start":1,"end":2,"tag":7},{"start":2,"end":3,"tag":""},{"start":3,"end":4,"tag":"#"},"##
          + #"{"start":4,"end":5,"tag":"ok"}"#, ["ok"]
      ),
      (#"{"start":9,"end":2,"tag":"x"} , {"start":8,"end":2,"tag":"y"} "#, ["y", "x"]),
      (#"{"start":5,"end":9,"tag":"p" },{"start":4,"end":[1,{"a":"}"}],"tag":"q"}"#, ["q", "p"]),
      (#"{"start":50,"end":1,"start":1,"tag":"dup"},{"start":2,"end":3,"tag":"two"}"#, ["dup", "two"]),
      (#"{"start":7,"end":1,"tag":"t","tag":"u"},{"start":6,"end":1,"text":"v"}"#, ["u"]),
    ]
    for (entities, tags) in cases {
      let line = #"{"data":{"id":"1","text":"no tags here","entities":{"hashtags":["# + entities + "]}}}"
      XCTAssertEqual(DecodeTally.run(line).posts.first?.hashtags, tags, entities)
      var lean: PostTextArena? = PostTextArena()
      lean?.leanPosts = true
      var posts: [Post] = []
      let record = Record(bytes: Array(line.utf8), line: 1, arrivalTime: 0)
      _ = StreamDecoder.decode(record, sourceName: "s", countingOnly: true, texts: &lean, into: &posts)
      let arena = lean?.tags ?? PostTagArena()
      // The arena keeps an ASCII tag as written and any other lowercased.
      let expected = tags.map { $0.allSatisfy(\.isASCII) ? $0 : $0.lowercased() }
      XCTAssertEqual(posts.first.map { arena.tags(of: $0) }, expected, entities)
    }
  }

  /// Member names are compared in full: names as long as a known one but different in any byte are
  /// ignored, and an escaped name still counts as its text.
  func testV2MemberNamesDifferingInOneByteAreIgnored() throws {
    let line =
      #"{"data":{"iD":"9","texT":"decoy","lanG":"fr","authoR":{"username":"decoy"},"entitieS":{"hashtags":[{"start":0,"end":1,"tag":"decoy"}]},"#
      + #""created_aT":"2020-01-01T00:00:00.000Z","referenced_tweetS":[{"type":"retweeted","id":"8"}],"#
      + #""i\u0064":"1","text":"Bins not collected #bins","lang":"en","entities":{"hashtags":[{"start":19,"end":24,"tag":"bins"}]},"#
      + #""created_at":"2021-04-08T15:07:30.000Z"}}"#
    let post = try XCTUnwrap(DecodeTally.run(line).posts.first)
    XCTAssertEqual(post.id, "1")
    XCTAssertEqual(post.text, "Bins not collected #bins")
    XCTAssertEqual(post.language, "en")
    XCTAssertEqual(post.authorHandle, "")
    XCTAssertEqual(post.hashtags, ["bins"])
    XCTAssertEqual(post.eventTime, 1_617_894_450_000)
    XCTAssertEqual(post.kind, .original)
  }
}
