import XCTest

@testable import CivicCore

/// Decoders meet valid JSON of unexpected types and seeded mutations of every format: never a crash, and every
/// record ends up counted as posts, skipped or malformed.
final class DecoderRobustnessTests: XCTestCase {
  static let samples: [String] = [
    #"{"data":{"id":"1","text":"t #a","author_id":"2","entities":{"hashtags":[{"start":2,"end":4,"tag":"a"}]},"referenced_tweets":[{"type":"retweeted","id":"3"}]},"includes":{"users":[{"id":"2","username":"u"}],"tweets":[{"id":"3","text":"full"}]}}"#,
    #"{"id_str":"5","text":"x","user":{"screen_name":"s"},"extended_tweet":{"full_text":"xx","entities":{"hashtags":[{"text":"h","indices":[0,2]}]}},"retweeted_status":{"id_str":"4","text":"y","user":{"screen_name":"o"}}}"#,
    #"{"id":"tag:x,2005:9","verb":"share","body":"b","actor":{"preferredUsername":"p"},"object":{"body":"ob"},"postedTime":"2017-07-18T23:25:04.000Z"}"#,
    #"{"id":"1","uri":"https://m/1","content":"<p>hi <b>x</b></p>","account":{"acct":"a"},"reblog":{"content":"<p>r</p>","tags":[{"name":"q"}]},"tags":[]}"#,
    #"{"did":"did:plc:a","time_us":1,"kind":"commit","commit":{"operation":"create","collection":"app.bsky.feed.post","rkey":"k","record":{"text":"t","facets":[{"index":{"byteStart":0,"byteEnd":1},"features":[{"$type":"app.bsky.richtext.facet#tag"}]}]}}}"#,
    #"{"type":"record","record":{"did":"d","collection":"app.bsky.feed.post","rkey":"r","action":"create","record":{"text":"t"}}}"#,
    #"{"uri":"at://d/app.bsky.feed.post/r","author":{"handle":"h"},"record":{"text":"t","createdAt":"2024-01-01T00:00:00Z"}}"#,
    #"{"statuses":[{"id_str":"1","text":"a","user":{"screen_name":"b"}}]}"#,
  ]

  func testTypeConfusedFieldsAreHandled() {
    let confused = [
      #"{"data":{"id":5,"text":7,"author_id":[],"entities":"x","referenced_tweets":{"type":1}},"includes":[]}"#,
      #"{"data":[1,"x",null,{"text":"ok"}],"includes":{"users":{"id":"1"},"tweets":"no"}}"#,
      #"{"id_str":{},"text":"a","user":"notanobject","entities":{"hashtags":[1,{"text":5},{"text":"ok","indices":"x"}]}}"#,
      #"{"content":5,"account":[],"reblog":"x","tags":{"name":"x"}}"#,
      #"{"did":5,"kind":"commit","commit":{"operation":"create","collection":"app.bsky.feed.post","rkey":7,"record":"x"}}"#,
      #"{"type":"record","record":[]}"#,
      #"{"uri":"at://x","record":{"text":["t"],"facets":"x","langs":{}},"author":"a"}"#,
      #"{"statuses":[1,2,3]}"#,
      #"{"text":{"nested":true},"hashtags":"x"}"#,
      #"{"actor":{"preferredUsername":1},"body":{"x":1},"verb":5}"#,
      "[]", "[1,2]", "{}", #""just a string""#, "12345678901234567890123456789", "null",
    ]
    let tally = DecodeTally.run(confused.joined(separator: "\n") + "\n")
    XCTAssertEqual(tally.posts.count + tally.skipped.count + tally.malformed.count, tally.records)
    XCTAssertEqual(tally.records, confused.count)
  }

  func testSeededMutationsOfEveryFormatNeverCrash() {
    var rng = JSONFuzzTests.SeededGenerator(state: 8_675_309)
    var mutated: [UInt8] = []
    for round in 0..<3000 {
      let seed = Array(Self.samples[round % Self.samples.count].utf8)
      mutated += JSONFuzzTests.mutate(seed, &rng).filter { $0 != 0x0A } + [0x0A]
    }
    let tally = DecodeTally.run(mutated, chunkSize: 777)
    XCTAssertEqual(tally.posts.count + tally.skipped.count + tally.malformed.count, tally.records)
    XCTAssertGreaterThan(tally.records, 2000)
    XCTAssertGreaterThan(tally.malformed.count, 500)
    XCTAssertGreaterThan(tally.posts.count, 200)
  }
}
