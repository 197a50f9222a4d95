import CivicTestSupport
import XCTest

@testable import CivicCore

/// An object-rooted document larger than the record size limit (a search page or a tool's export saved as one
/// JSON file) is read as the records its arrays hold, instead of being one oversized record that loses them all.
final class JSONObjectStreamerTests: XCTestCase {
  private let small = DecoderOptions(maxRecordBytes: 4096)

  private func statuses(_ count: Int) -> [String] {
    (1...count).map { k in
      #"{"id_str": "\#(k)", "text": "bins [\#(k)], {missed} \"again\" \\ #bins", "#
        + #""user": {"screen_name": "u\#(k)"}, "created_at": "Wed Oct 10 20:19:24 +0000 2018", "#
        + #""display_text_range": [0, 30], "entities": {"hashtags": [{"text": "bins", "indices": [30, 35]}]}}"#
    }
  }

  private func pretty(_ items: [String], key: String = "statuses") -> String {
    "{\n  \"keywords\": [\n    \"bins\",\n    \"waste\"\n  ],\n  \"\(key)\": [\n"
      + items.map { "    " + $0 }.joined(separator: ",\n")
      + "\n  ],\n  \"search_metadata\": {\n    \"count\": \(items.count),\n    \"next\": [1, 2]\n  }\n}\n"
  }

  private func compact(_ items: [String], key: String = "statuses") -> String {
    #"{"keywords": ["bins"], "\#(key)": ["# + items.joined(separator: ", ") + #"], "search_metadata": {"count": 1}}"#
      + "\n"
  }

  func testAPageOverTheLimitGivesTheSamePostsAsWhenItFitsWhateverTheChunking() {
    let items = statuses(150)
    for (name, document) in [("pretty", pretty(items)), ("compact", compact(items))] {
      XCTAssertGreaterThan(document.utf8.count, 4 * small.maxRecordBytes)
      let whole = DecodeTally.run(document)
      XCTAssertEqual(whole.counts, [150, 0, 0], "\(name): \(whole.malformed.prefix(3))")
      for chunk in [1, 7, 4096, 1 << 20] {
        let tally = DecodeTally.run(document, chunkSize: chunk, options: small)
        XCTAssertEqual(tally.counts, [150, 0, 0], "\(name), chunk \(chunk): \(tally.malformed.prefix(3))")
        XCTAssertEqual(tally.posts.map(\.id), whole.posts.map(\.id), "\(name), chunk \(chunk)")
        XCTAssertEqual(tally.posts.map(\.text), whole.posts.map(\.text), "\(name), chunk \(chunk)")
        XCTAssertEqual(tally.posts.map(\.hashtags), whole.posts.map(\.hashtags), "\(name), chunk \(chunk)")
      }
    }
  }

  func testRecordsAfterTheDocumentAreReadAsBefore() {
    let items = statuses(60)
    for document in [pretty(items), compact(items)] {
      let stream = #"{"text": "before"}"# + "\n" + document + #"{"text": "after"}"# + "\nplain after\n"
      for chunk in [3, 4096] {
        let tally = DecodeTally.run(stream, chunkSize: chunk, options: small)
        XCTAssertEqual(tally.counts, [63, 0, 0], "chunk \(chunk): \(tally.malformed.prefix(3))")
        XCTAssertEqual(tally.posts.first?.text, "before")
        XCTAssertEqual(tally.posts.suffix(2).map(\.text), ["after", "plain after"], "chunk \(chunk)")
      }
    }
  }

  func testEachStreamedRecordHasTheLineItStartsOn() {
    let decoder = StreamDecoder(sourceName: "f", options: small)
    var records: [Record] = []
    Array(pretty(statuses(40)).utf8).withUnsafeBytes { decoder.frame($0, arrivalTime: 1, into: &records) }
    decoder.finish(arrivalTime: 1, into: &records)
    // Lines 1-5 are the `{`, "keywords" and its two words and `]`; line 6 opens "statuses"; one status per line.
    XCTAssertEqual(records.map(\.line), Array(7..<47))
  }

  func testALongRecordThatHoldsNoPageIsStillOneOversizedRecord() {
    let long = #"{"text": ""# + String(repeating: "x", count: 10_000) + #"", "tags": ["a", "b"]}"#
    for chunk in [5, 4096, 1 << 20] {
      let tally = DecodeTally.run(long + "\n" + #"{"text": "next"}"# + "\n", chunkSize: chunk, options: small)
      XCTAssertEqual(tally.posts.map(\.text), ["next"], "chunk \(chunk)")
      XCTAssertEqual(tally.malformed.count, 1, "chunk \(chunk)")
      XCTAssertTrue(tally.malformed.first?.contains("exceeds the size limit") == true, "\(tally.malformed)")
    }
  }

  func testADocumentWhoseArraysAreNoPageIsStillOneOversizedRecord() {
    let document = pretty(statuses(40), key: "normalized")
    let tally = DecodeTally.run(document + #"{"text": "next"}"# + "\n", chunkSize: 512, options: small)
    XCTAssertEqual(tally.posts.map(\.text), ["next"])
    XCTAssertEqual(tally.malformed.count, 1)
    XCTAssertTrue(tally.malformed.first?.contains("exceeds the size limit") == true, "\(tally.malformed)")
  }

  func testADocumentCutOffByANewRecordKeepsWhatCameBeforeAndWhatFollows() {
    let items = statuses(60)
    let document = pretty(items)
    let cut = String(document.prefix(document.utf8.count * 2 / 3))  // ends inside a status
    let stream = cut + "\n" + #"{"text": "next record"}"# + "\n"
    for chunk in [9, 4096] {
      let tally = DecodeTally.run(stream, chunkSize: chunk, options: small)
      XCTAssertGreaterThan(tally.posts.count, 30, "chunk \(chunk)")
      XCTAssertEqual(tally.posts.last?.text, "next record", "chunk \(chunk): \(tally.malformed)")
      XCTAssertTrue(tally.malformed.contains { $0.contains("cut off") }, "\(tally.malformed)")
    }
  }

  func testADocumentThatNeverClosesIsCountedAtTheEnd() {
    let document = pretty(statuses(60))
    let cut = String(document.prefix(document.utf8.count - 60))  // inside "search_metadata"
    let tally = DecodeTally.run(cut, options: small)
    XCTAssertEqual(tally.posts.count, 60)
    XCTAssertEqual(tally.malformed.count, 1, "\(tally.malformed)")
    XCTAssertTrue(tally.malformed[0].contains("JSON document not closed"), "\(tally.malformed)")
  }

  func testABlueskyFeedExportOverTheLimit() {
    let items = (1...50).map { k in
      #"{"post": {"uri": "at://did:plc:a/app.bsky.feed.post/\#(k)", "cid": "c", "author": {"did": "did:plc:a", "#
        + #""handle": "a.bsky.social"}, "record": {"$type": "app.bsky.feed.post", "text": "bus \#(k) late again", "#
        + #""createdAt": "2024-05-10T09:00:00Z"}}}"#
    }
    let tally = DecodeTally.run(pretty(items, key: "feed"), chunkSize: 100, options: small)
    XCTAssertEqual(tally.counts, [50, 0, 0], "\(tally.malformed.prefix(3))")
    XCTAssertEqual(tally.posts.last?.text, "bus 50 late again")
  }
}

/// Damaged large pages (bytes dropped, added or changed, the end cut off): framing never crashes or stops, and
/// gives the same records whatever the size of the reads. (What a damaged page costs is bounded as a top-level
/// array's damage is: see `JSONArraySplitter`; the undamaged cases are in `JSONObjectStreamerTests`.)
final class JSONObjectStreamerFuzzTests: XCTestCase {
  private let small = DecoderOptions(maxRecordBytes: 2048)

  private func records(_ bytes: [UInt8], chunk: Int) -> [String] {
    DecodeTally.frame(bytes, chunkSize: chunk, options: small).map {
      "\($0.line)#\($0.element) \($0.context) \(String(decoding: $0.storage, as: UTF8.self))"
    }
  }

  func testDamagedPagesFrameTheSameWhateverTheReads() {
    let items = (1...40).map { k in
      #"{"id_str": "\#(k)", "text": "bus \#(k) late [again] {x} \"q\"", "user": {"screen_name": "u"}, "n": [1, {"a": []}]}"#
    }
    let pretty =
      "{\n  \"meta\": {\"n\": [1, 2]},\n  \"results\": [\n" + items.map { "    " + $0 }.joined(separator: ",\n")
      + "\n  ],\n  \"cursor\": \"c\"\n}\n"
    let compact = #"{"meta": {"n": [1]}, "statuses": ["# + items.joined(separator: ",") + #"], "cursor": "c"}"# + "\n"
    assertDamagedFrameTheSame([pretty, compact], seed: 20_261_128)
  }

  /// A v2 page's `data` is held until its `includes` (or its end) and joined with it: damage anywhere (in
  /// `includes` too) still frames the same whatever the reads.
  func testDamagedV2PagesWithIncludesFrameTheSameWhateverTheReads() {
    let page = TwitterV2PageFixture(tweets: 40, users: 6)
    let pages = [page.pretty(), page.compact(), page.pretty(includesFirst: true), page.compact(includesFirst: true)]
    for document in pages { XCTAssertGreaterThan(document.utf8.count, 3 * small.maxRecordBytes) }
    assertDamagedFrameTheSame(pages, seed: 20_261_129)
  }

  /// Damages the documents in turn (bytes dropped, added or changed, every fifth also cut short) and checks that
  /// reads of every size frame the same records as one read.
  private func assertDamagedFrameTheSame(_ documents: [String], seed: UInt64) {
    var random = SplitMix64(seed: seed)
    let noise = Array(#"{}[],:"\ x"#.utf8) + [0x0A]
    for round in 0..<300 {
      var bytes = Array(documents[round % documents.count].utf8)
      for _ in 0..<Int.random(in: 1...4, using: &random) {
        let at = Int.random(in: 0..<bytes.count, using: &random)
        switch Int.random(in: 0..<3, using: &random) {
        case 0: bytes.remove(at: at)
        case 1: bytes.insert(noise.randomElement(using: &random)!, at: at)
        default: bytes[at] = noise.randomElement(using: &random)!
        }
      }
      if round.isMultiple(of: 5) { bytes.removeLast(Int.random(in: 1...bytes.count / 2, using: &random)) }
      bytes += Array("\n{\"text\": \"a line after\"}\n".utf8)
      let whole = records(bytes, chunk: bytes.count)
      for chunk in [1, 2, 5, 64, 1000] {
        let framed = records(bytes, chunk: chunk)
        if framed != whole {
          let k =
            (0..<min(framed.count, whole.count)).first { framed[$0] != whole[$0] } ?? min(framed.count, whole.count)
          XCTFail(
            "round \(round), chunk \(chunk), record \(k): \(framed.dropFirst(k).prefix(2).map { $0.prefix(90) }) "
              + "instead of \(whole.dropFirst(k).prefix(2).map { $0.prefix(90) })")
        }
      }
    }
  }
}
