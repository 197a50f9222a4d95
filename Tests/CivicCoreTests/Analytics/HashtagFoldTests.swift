import XCTest

@testable import CivicCore

/// Case and width folding of hashtags beyond ASCII, the same in `report` (both of its counting paths) and in
/// Trending: `#Straße` is `#STRASSE`, full-width `#ＢＩＮＳ` is `#bins`, a decomposed `é` is a composed one, and
/// `#café` stays apart from `#cafe`.
final class HashtagFoldTests: XCTestCase {
  private let variants = [
    "Straße", "STRASSE", "strasse", "ＢＩＮＳ", "Bins", "cafe\u{301}", "caf\u{E9}", "CAFÉ", "cafe",
  ]

  func testFold() {
    XCTAssertEqual(
      variants.map(HashtagFold.fold),
      ["strasse", "strasse", "strasse", "bins", "bins", "caf\u{E9}", "caf\u{E9}", "caf\u{E9}", "cafe"])
    XCTAssertEqual(Array(HashtagFold.fold("cafe\u{301}").utf8), Array("caf\u{E9}".utf8), "one canonical form")
  }

  func testReportCountsTheVariantsOfATagAsOne() {
    // Through posts' hashtag strings.
    let builder = ReportBuilder()
    builder.add(
      variants.enumerated().map { i, tag in
        Post(id: "\(i)", platform: .text, authorHandle: "", arrivalTime: 0, text: "", hashtags: [tag])
      })
    let expected = [
      Report.TagCount(tag: "caf\u{E9}", count: 3), Report.TagCount(tag: "strasse", count: 3),
      Report.TagCount(tag: "bins", count: 2), Report.TagCount(tag: "cafe", count: 1),
    ]
    XCTAssertEqual(builder.report(stats: IngestStats(sources: [])).hashtags, expected)

    // Through the counting path's tag arena (Twitter v2 entity hashtags read from the bytes).
    var arena = PostTagArena()
    for tag in variants { Array(tag.utf8).withUnsafeBufferPointer { arena.append(tag: $0) } }
    var tally = ReportTally(maxDistinctTags: 100)
    var post = Post(id: "a", platform: .twitter, authorHandle: "", arrivalTime: 0, text: "")
    post.tagSpan = PostTagArena.Span(start: 0, count: Int32(variants.count))
    tally.add([post], tags: arena)
    var counted: [(tag: String, count: Int)] = []
    tally.tags.forEach { counted.append(($0, $1)) }
    counted.sort { ($0.count, $1.tag) > ($1.count, $0.tag) }
    XCTAssertEqual(counted.map(\.tag), expected.map(\.tag))
    XCTAssertEqual(counted.map(\.count), expected.map(\.count))
  }

  func testTrendingCountsTheVariantsOfATagAsOne() {
    var config = AnalyticsConfig()
    config.trends.minCount = 1
    let engine = AnalyticsEngine(services: [], config: config)
    for (i, tag) in ["Straße", "STRASSE", "ＳＴＲＡＳＳＥ"].enumerated() {
      engine.ingest(makePost(at: monday, service: nil, complaint: false, tags: [tag], author: "a\(i)"))
    }
    let top = engine.trending(now: monday + 1000, limit: 5)
    XCTAssertEqual(top.count, 1)
    XCTAssertEqual(top.first?.count, 3)
  }
}
