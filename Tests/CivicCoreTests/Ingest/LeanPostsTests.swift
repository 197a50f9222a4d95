import CivicTestSupport
import Foundation
import XCTest

@testable import CivicCore

/// `report` takes lean posts (`IngestEngine(config:classifier:countingSink:)`): a Twitter v2 post's entity
/// hashtags go to a per-batch `PostTagArena` instead of a `[String]` per post. Counted from there, they must
/// give exactly the hashtag counts and display forms of the strings: capitals, non-ASCII (lowercased as Swift
/// does), JSON escapes, a leading "#", empty tags, entities out of order, retweets and posts without entities.
final class LeanPostsTests: XCTestCase {
  private static let tags = [
    "Leeds", "leeds", "LEEDS", "bins", "StillWaiting", "ÉCOLE", "école", "Straße", "日本", "İstanbul", "#hash",
    "\\u00c9cole", "a\\\"b", "", "#", "NHS", "nhs", "x1", "ǅemal", "ΣΊΣΥΦΟΣ",
    "SixteenCharsTag1", "SeventeenCharTag1", "AVeryLongHashtagIndeedWithCapitals", "Sixteen_\\u00c9", "x",
  ]

  /// Generated v2 stream records: hashtag entities in order or not, some with `indices` instead of `start`,
  /// some posts without entities (their tags come from the text) and some retweets (the original's tags).
  private func records(count: Int) -> [Record] {
    var random = SplitMix64(seed: 5)
    func pick() -> String { Self.tags[Int(random.next() % UInt64(Self.tags.count))] }
    var result: [Record] = []
    for line in 0..<count {
      let shape = random.next() % 6
      var entities = ""
      if shape != 0 {
        let n = 1 + Int(random.next() % 4)
        let starts = (0..<n).map { $0 * 10 }
        let ordered = shape == 1 ? starts.reversed() : starts
        let items = ordered.map { start in
          shape == 2
            ? #"{"indices":[\#(start),\#(start + 5)],"tag":"\#(pick())"}"#
            : #"{"start":\#(start),"end":\#(start + 5),"tag":"\#(pick())"}"#
        }
        entities = #","entities":{"hashtags":[\#(items.joined(separator: ","))]}"#
      }
      let references =
        shape == 3
        ? #","referenced_tweets":[{"type":"retweeted","id":"9","text":"orig #Orig","entities":{"hashtags":[{"start":5,"end":10,"tag":"Orig"}]}}]"#
        : ""
      let json =
        #"{"data":{"id":"\#(line % 900)","text":"bins not collected #InText #\#(line % 7)","created_at":"2024-05-01T00:0\#(line % 10):00.000Z""#
        + entities + references + "}}"
      result.append(Record(bytes: Array(json.utf8), line: line + 1, arrivalTime: 0))
    }
    return result
  }

  func testLeanTagsCountAsTheirStrings() {
    let records = records(count: 20_000)
    var lean: PostTextArena? = PostTextArena()
    lean?.leanPosts = true
    var leanPosts: [Post] = []
    var plainPosts: [Post] = []
    for record in records {
      let a = StreamDecoder.decode(record, sourceName: "t", countingOnly: true, texts: &lean, into: &leanPosts)
      let b = StreamDecoder.decode(record, sourceName: "t", countingOnly: true, into: &plainPosts)
      XCTAssertEqual(a, b)
    }
    let arena = lean?.tags ?? PostTagArena()
    XCTAssertEqual(leanPosts.count, plainPosts.count)
    var leanCount = 0
    for (got, expected) in zip(leanPosts, plainPosts) {
      guard got.tagSpan.count > 0 else {
        XCTAssertEqual(got.hashtags, expected.hashtags)
        XCTAssertEqual(got.source, "t")
        continue
      }
      leanCount += 1
      XCTAssertEqual(got.hashtags, [], "a lean post's tags are in the arena")
      XCTAssertEqual(got.source, "", "a lean post has no source")
      XCTAssertEqual(arena.tags(of: got).map(ReportBuilder.normalise), expected.hashtags.map(ReportBuilder.normalise))
    }
    XCTAssertGreaterThan(leanCount, records.count / 2)
    XCTAssertLessThan(leanCount, records.count, "retweets and posts without entities keep their strings")

    let fromArena = ReportBuilder(topHashtags: 100)
    fromArena.add(leanPosts, tags: arena)
    let fromStrings = ReportBuilder(topHashtags: 100)
    fromStrings.add(plainPosts)
    let stats = IngestStats(sources: [])
    let expected = fromStrings.report(stats: stats).hashtags
    XCTAssertEqual(fromArena.report(stats: stats).hashtags, expected)
    XCTAssertTrue(expected.contains { $0.tag == "école" }, "non-ASCII tags are counted lowercased")
    XCTAssertTrue(expected.contains { $0.tag == "leeds" })
  }

  /// Through the engine: a counting sink's report equals a plain sink's, byte for byte.
  func testCountingSinkReportsTheSame() throws {
    let dir = try makeTemporaryFolder(prefix: "cp-ingest")
    let file = dir.appendingPathComponent("v2.jsonl")
    let lines = records(count: 6000).map { String(decoding: $0.storage, as: UTF8.self) }
    try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
    var config = IngestConfig(
      sources: [.file(path: file.path)], follow: false, readChunkBytes: 32 << 10, decodeWorkers: 2)
    config.decoderOptions.countingOnly = true
    let classifier = PostClassifier(router: .builtIn, scorer: ComplaintModel.builtIn, explain: false)
    let lean = ReportBuilder()
    let plain = ReportBuilder()
    let engines = [
      IngestEngine(config: config, classifier: { classifier }) { posts, tags in lean.add(posts, tags: tags) },
      IngestEngine(config: config, classifier: { classifier }) { plain.add($0) },
    ]
    var reports: [String] = []
    for (engine, builder) in zip(engines, [lean, plain]) {
      try engine.start()
      XCTAssertTrue(engine.waitUntilFinished(timeout: 60))
      var stats = engine.stats()
      stats.sources = stats.sources.map {
        var s = $0; s.bytes = 0; return s
      }
      reports.append(builder.report(stats: stats).json())
    }
    XCTAssertEqual(reports[0], reports[1])
    XCTAssertTrue(reports[0].contains("\"posts\":"), reports[0])
  }
}
