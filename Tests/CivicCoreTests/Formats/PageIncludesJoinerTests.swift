import CivicTestSupport
import XCTest

@testable import CivicCore

/// A v2 search page too large to be one record is read as its elements (`JSONObjectStreamer`); its `includes`
/// still resolve them (`PageIncludesJoiner`): the same posts, authors and retweet texts as the page read whole.
final class PageIncludesJoinerTests: XCTestCase {
  private let small = DecoderOptions(maxRecordBytes: 4096)
  private let whole = DecoderOptions(maxRecordBytes: 1 << 24)

  private func assertSamePosts(
    _ tally: DecodeTally, _ expected: DecodeTally, _ label: String, file: StaticString = #filePath,
    line: UInt = #line
  ) {
    XCTAssertEqual(tally.counts, expected.counts, "\(label): \(tally.malformed.prefix(3))", file: file, line: line)
    XCTAssertEqual(tally.posts.map(\.id), expected.posts.map(\.id), label, file: file, line: line)
    XCTAssertEqual(tally.posts.map(\.authorHandle), expected.posts.map(\.authorHandle), label, file: file, line: line)
    XCTAssertEqual(tally.posts.map(\.authorName), expected.posts.map(\.authorName), label, file: file, line: line)
    XCTAssertEqual(tally.posts.map(\.text), expected.posts.map(\.text), label, file: file, line: line)
    XCTAssertEqual(tally.posts.map(\.hashtags), expected.posts.map(\.hashtags), label, file: file, line: line)
    XCTAssertEqual(tally.posts.map(\.kind), expected.posts.map(\.kind), label, file: file, line: line)
    XCTAssertEqual(tally.posts.map(\.url), expected.posts.map(\.url), label, file: file, line: line)
  }

  func testAPageOverTheLimitKeepsItsAuthorsAndRetweetTextsWhateverTheReads() {
    let page = TwitterV2PageFixture(tweets: 300)
    for includesFirst in [false, true] {
      for (name, document) in [
        ("compact", page.compact(includesFirst: includesFirst)), ("pretty", page.pretty(includesFirst: includesFirst)),
      ] {
        let label = "\(name), includes \(includesFirst ? "first" : "last")"
        XCTAssertGreaterThan(document.utf8.count, 10 * small.maxRecordBytes)
        let expected = DecodeTally.run(document, options: whole)
        XCTAssertEqual(expected.records, 1, label)
        XCTAssertEqual(expected.counts, [300, 0, 0], label)
        XCTAssertTrue(expected.posts.allSatisfy { $0.authorHandle.hasPrefix("resident") }, label)
        let retweets = expected.posts.filter { $0.kind == .repost }
        XCTAssertEqual(retweets.map(\.id), page.retweetIDs, label)
        XCTAssertTrue(retweets.allSatisfy { $0.text.hasSuffix("please send a truck #bins") }, label)
        for chunk in [1, 7, 4096, 1 << 20] {
          let tally = DecodeTally.run(document, chunkSize: chunk, options: small)
          XCTAssertEqual(tally.records, 300, "\(label), chunk \(chunk)")
          assertSamePosts(tally, expected, "\(label), chunk \(chunk)")
        }
      }
    }
  }

  func testEachJoinedRecordKeepsItsLineAndPlace() {
    let page = TwitterV2PageFixture(tweets: 60)
    let compact = DecodeTally.frame(Array(page.compact().utf8), chunkSize: 1000, options: small)
    XCTAssertEqual(compact.map(\.line), Array(repeating: 1, count: 60))
    XCTAssertEqual(compact.map(\.element), Array(0..<60))
    // Line 1 is the `{`, line 2 opens "data": one tweet per line.
    let pretty = DecodeTally.frame(Array(page.pretty().utf8), chunkSize: 1000, options: small)
    XCTAssertEqual(pretty.map(\.line), Array(3..<63))
    XCTAssertEqual(pretty.map(\.element), Array(repeating: 0, count: 60))
    let includesFirst = DecodeTally.frame(Array(page.pretty(includesFirst: true).utf8), chunkSize: 999, options: small)
    // Before the first tweet: `{`, "includes", "users", the users, `],`, "tweets", the originals, `]`, `},`, "data".
    let firstTweetLine = page.people.count + page.originals.count + 9
    XCTAssertEqual(includesFirst.map(\.line), Array(firstTweetLine..<firstTweetLine + 60))
  }

  func testABrokenTweetIsMalformedAloneAndTheOthersKeepTheirAuthors() {
    let page = TwitterV2PageFixture(tweets: 60)
    let broken = page.compact().replacingOccurrences(
      of: #""id":"15100007","#, with: #""id":"15100007",,"#)
    let tally = DecodeTally.run(broken, chunkSize: 333, options: small)
    XCTAssertEqual(tally.counts, [59, 0, 1], "\(tally.malformed)")
    XCTAssertFalse(tally.posts.map(\.id).contains("15100007"))
    XCTAssertTrue(tally.posts.allSatisfy { $0.authorHandle.hasPrefix("resident") })
  }

  /// Past the bound on what is held (64 records at the limit), or without `includes`, or cut off, the page still
  /// gives every post once, without authors, as before.
  func testAPageOverTheBoundOrWithoutIncludesOrCutOffStillGivesEveryPostOnce() {
    let page = TwitterV2PageFixture(tweets: 300)
    let tiny = DecoderOptions(maxRecordBytes: 512)
    let ids = DecodeTally.run(page.compact(), options: whole).posts.map(\.id)
    for document in [page.compact(), page.pretty()] {
      XCTAssertGreaterThan(document.utf8.count, PageIncludesJoiner.limit(maxRecordBytes: 512))
      for chunk in [5, 4096] {
        let tally = DecodeTally.run(document, chunkSize: chunk, options: tiny)
        XCTAssertEqual(tally.counts, [300, 0, 0], "chunk \(chunk): \(tally.malformed.prefix(3))")
        XCTAssertEqual(tally.posts.map(\.id), ids)
        XCTAssertTrue(tally.posts.allSatisfy(\.authorHandle.isEmpty))
      }
    }
    // Includes first and within the bound: each tweet is joined as it comes, however many follow.
    let first = DecodeTally.run(page.pretty(includesFirst: true), chunkSize: 100, options: tiny)
    XCTAssertEqual(first.posts.map(\.id), ids)
    XCTAssertTrue(first.posts.allSatisfy { $0.authorHandle.hasPrefix("resident") })

    let document = page.pretty()
    let noIncludes = document.components(separatedBy: ",\n  \"includes\"")[0] + "\n}\n"
    let cutInIncludes = String(document.prefix(document.utf8.count - 300))
    for (name, stream, malformed) in [
      ("no includes", noIncludes + #"{"text": "next"}"# + "\n", nil),
      ("cut off", cutInIncludes + "\n" + #"{"text": "next"}"# + "\n", "cut off"),
      ("not closed", cutInIncludes, "not closed"),
    ] {
      for chunk in [3, 4096] {
        let tally = DecodeTally.run(stream, chunkSize: chunk, options: small)
        XCTAssertEqual(Array(tally.posts.prefix(300).map(\.id)), ids, name)
        XCTAssertEqual(tally.posts.dropFirst(300).map(\.text), name == "not closed" ? [] : ["next"], name)
        XCTAssertTrue(tally.posts.allSatisfy(\.authorHandle.isEmpty), name)
        XCTAssertEqual(tally.malformed.count, malformed == nil ? 0 : 1, "\(name): \(tally.malformed)")
        if let malformed { XCTAssertTrue(tally.malformed[0].contains(malformed), "\(name): \(tally.malformed)") }
      }
    }
  }
}
