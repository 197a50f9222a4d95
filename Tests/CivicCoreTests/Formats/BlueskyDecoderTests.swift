import XCTest

@testable import CivicCore

final class BlueskyDecoderTests: XCTestCase {
  // "🚌 late #buses #Route9": facet byte offsets count UTF-8 bytes (the emoji is 4).
  static let jetstreamPost = #"""
    {"did":"did:plc:abc","time_us":1725911162329308,"kind":"commit","commit":{"rev":"r","operation":"create","collection":"app.bsky.feed.post","rkey":"3l3qo2vutsw2b","record":{"$type":"app.bsky.feed.post","createdAt":"2024-09-09T19:46:02.102Z","langs":["en"],"text":"🚌 late #buses #Route9","facets":[{"index":{"byteStart":17,"byteEnd":24},"features":[{"$type":"app.bsky.richtext.facet#tag"}]},{"index":{"byteStart":10,"byteEnd":16},"features":[{"$type":"app.bsky.richtext.facet#tag","tag":"buses"}]},{"index":{"byteStart":0,"byteEnd":4},"features":[{"$type":"com.example.custom#thing"}]}],"reply":{"root":{"uri":"at://x"},"parent":{"uri":"at://x"}}}}}
    """#

  func testJetstreamPostCreate() throws {
    let post = try XCTUnwrap(DecodeTally.run(Self.jetstreamPost).posts.first)
    XCTAssertEqual(post.id, "at://did:plc:abc/app.bsky.feed.post/3l3qo2vutsw2b")
    XCTAssertEqual(post.authorHandle, "did:plc:abc")
    XCTAssertEqual(post.hashtags, ["buses", "Route9"])
    XCTAssertEqual(post.eventTime, TimestampParser.parse("2024-09-09T19:46:02.102Z"))
    XCTAssertEqual(post.language, "en")
    XCTAssertEqual(post.kind, .reply)
    XCTAssertEqual(post.platform, .bluesky)
    XCTAssertEqual(post.url, "https://bsky.app/profile/did:plc:abc/post/3l3qo2vutsw2b")
  }

  func testNonPostEventsAreSkippedNotMalformed() {
    let lines = [
      #"{"did":"did:plc:a","time_us":1,"kind":"commit","commit":{"operation":"create","collection":"app.bsky.feed.like","rkey":"k","record":{}}}"#,
      #"{"did":"did:plc:a","time_us":1,"kind":"commit","commit":{"operation":"delete","collection":"app.bsky.feed.post","rkey":"k"}}"#,
      #"{"did":"did:plc:a","time_us":1,"kind":"identity","identity":{"did":"did:plc:a","handle":"a.bsky.social"}}"#,
      #"{"did":"did:plc:a","time_us":1,"kind":"account","account":{"active":true}}"#,
    ]
    XCTAssertEqual(DecodeTally.run(lines.joined(separator: "\n")).counts, [0, 4, 0])
  }

  func testMissingCreatedAtFallsBackToTimeMicroseconds() throws {
    let line =
      #"{"did":"did:plc:a","time_us":1725911162329308,"kind":"commit","commit":{"operation":"create","collection":"app.bsky.feed.post","rkey":"k","record":{"text":"hi"}}}"#
    XCTAssertEqual(try XCTUnwrap(DecodeTally.run(line).posts.first).eventTime, 1_725_911_162_329)
  }

  func testTapRecordAndPostViewsInPrettyPrintedArray() {
    let document = """
      [
        {
          "id": 1, "type": "record",
          "record": {"did": "did:plc:t", "collection": "app.bsky.feed.post", "rkey": "r1", "action": "create",
                     "record": {"text": "Tap post #tap", "createdAt": "2025-01-01T21:11:45.459+00:00"}}
        },
        {
          "uri": "at://did:plc:v/app.bsky.feed.post/r2",
          "author": {"did": "did:plc:v", "handle": "viewer.bsky.social", "displayName": "V"},
          "record": {"text": "View post", "embed": {"$type": "app.bsky.embed.record"}},
          "indexedAt": "2025-03-16T16:09:10.000Z"
        },
        {"post": {"uri": "at://did:plc:w/app.bsky.feed.post/r3", "author": {"handle": "w.test"}, "record": {"text": "Feed item"}},
         "reason": {"$type": "app.bsky.feed.defs#reasonRepost"}}
      ]
      """
    let tally = DecodeTally.run(document, chunkSize: 16)
    XCTAssertEqual(tally.records, 3, "a top-level array is split into its elements")
    XCTAssertEqual(tally.counts, [3, 0, 0])
    XCTAssertEqual(
      tally.posts.map(\.id),
      [
        "at://did:plc:t/app.bsky.feed.post/r1", "at://did:plc:v/app.bsky.feed.post/r2",
        "at://did:plc:w/app.bsky.feed.post/r3",
      ])
    XCTAssertEqual(tally.posts[0].hashtags, ["tap"])
    XCTAssertEqual(tally.posts[1].authorHandle, "viewer.bsky.social")
    XCTAssertEqual(tally.posts[1].kind, .quote)
    XCTAssertEqual(tally.posts[1].eventTime, TimestampParser.parse("2025-03-16T16:09:10Z"))
    XCTAssertEqual(tally.posts[1].url, "https://bsky.app/profile/viewer.bsky.social/post/r2")
  }

  func testImplausibleCreatedAtGivesWayToIndexedAt() {
    let view = { (created: String) in
      #"{"uri":"at://did:plc:v/app.bsky.feed.post/r\#(created.prefix(4))","author":{"handle":"v.test"},"#
        + #""record":{"text":"t","createdAt":"\#(created)"},"indexedAt":"2024-05-01T10:00:00.000Z"}"#
    }
    let lines = [view("0000-10-14T15:06:10.730Z"), view("2999-01-01T00:00:00Z"), view("2024-04-30T09:00:00Z")]
    let times = DecodeTally.run(lines.joined(separator: "\n") + "\n").posts.map(\.eventTime)
    let indexed = TimestampParser.parse("2024-05-01T10:00:00Z")
    XCTAssertEqual(times, [indexed, indexed, TimestampParser.parse("2024-04-30T09:00:00Z")])
    XCTAssertEqual(BlueskyDecoder.eventTime(created: 5, indexed: nil), 5, "nothing better to fall back on")
    XCTAssertEqual(BlueskyDecoder.eventTime(created: 5, indexed: 7), 5, "both bogus: left as it is")
  }
}
