import Foundation
import XCTest

@testable import CivicCore

final class StreamFramingTests: XCTestCase {
  func testPrettyPrintedDocumentIsOneRecordWhateverTheChunking() {
    let document = """
      {
        "statuses": [
          {"id_str": "1", "text": "a { brace \\" in } a string", "user": {"screen_name": "a"}},
          {
            "id_str": "2",
            "text": "b",
            "user": {"screen_name": "b"}
          }
        ]
      }
      """
    for chunk in [1, 3, 64, 4096] {
      let tally = DecodeTally.run(document, chunkSize: chunk)
      XCTAssertEqual(tally.records, 1, "chunk \(chunk)")
      XCTAssertEqual(tally.counts, [2, 0, 0], "chunk \(chunk)")
      XCTAssertEqual(tally.posts.first?.text, "a { brace \" in } a string")
    }
  }

  func testTruncatedLastLineIsMalformedAndTheRestFine() {
    let stream = #"{"text":"one"}"# + "\n" + #"{"text":"two"}"# + "\n" + #"{"data": {"author_id": "10"#
    let tally = DecodeTally.run(stream)
    XCTAssertEqual(tally.counts, [2, 0, 1])
    XCTAssertEqual(tally.malformed.first, "line 3: invalid JSON at byte 26: unterminated string")
  }

  func testTruncatedLineInTheMiddleDoesNotSwallowTheNext() {
    let stream = #"{"text":"one"}"# + "\n" + #"{"text":"cut off"# + "\n" + #"{"text":"three"}"# + "\n"
    let tally = DecodeTally.run(stream)
    XCTAssertEqual(tally.counts, [2, 0, 1])
    XCTAssertEqual(tally.posts.map(\.text), ["one", "three"])
  }

  func testBadInputIsCountedNeverFatal() {
    var garbage: [UInt8] = Array(#"{"text":"ok"}"#.utf8) + [0x0A]
    garbage += [0xFF, 0xFE, 0x00, 0x7B, 0x0A]  // binary garbage
    garbage += Array(#"{"text":"\ud800 lone"}"#.utf8) + [0x0A]
    garbage += Array(#"{"text":"bad \#u{0}"}"#.utf8) + [0x0A]
    garbage += Array(#"{"text":"x","n":123456789012345678901234567890}"#.utf8) + [0x0A]
    garbage += [UInt8](repeating: UInt8(ascii: "["), count: 100_000) + [0x0A]
    garbage += Array(#"{"no_text":1}"#.utf8) + [0x0A]
    garbage += Array(#"{"text":"caf"#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8) + [0x0A]
    let tally = DecodeTally.run(garbage, chunkSize: 1000)
    XCTAssertEqual(tally.posts.map(\.text), ["ok", "\u{FFFD} lone", "x"])
    XCTAssertEqual(tally.malformed.count, 5, tally.malformed.joined(separator: "\n"))
    XCTAssertTrue(tally.malformed.contains("line 7: JSON object has no text field"))
    XCTAssertTrue(tally.malformed.contains("line 8: invalid UTF-8 at byte 12"))
  }

  func testGenericObjectsAndTextLinesAndBOM() {
    let stream =
      "\u{FEFF}" + #"{"text":"Lift broken at station #lifts","user":"sam","created_at":"2024-01-02T03:04:05Z","id":77}"#
      + "\n[Update] buses late\n\n  \nplain complaint\n"
    let tally = DecodeTally.run(stream)
    XCTAssertEqual(tally.counts, [3, 0, 0])
    XCTAssertEqual(tally.posts[0].id, "77")
    XCTAssertEqual(tally.posts[0].authorHandle, "sam")
    XCTAssertEqual(tally.posts[0].hashtags, ["lifts"])
    XCTAssertEqual(tally.posts[0].platform, .json)
    XCTAssertEqual(tally.posts[1].text, "[Update] buses late")
    XCTAssertEqual(tally.posts[2].platform, .text)
  }

  /// QA7: with per-record detection an error page in a collector's JSON output became a post (routed, scored as a
  /// complaint); `--json-only` counts such lines as malformed instead.
  func testJSONOnlyCountsPlainTextLinesAsMalformed() {
    let stream =
      #"{"text":"Lift broken at station #lifts","id":"1"}"# + "\n<html><body>502 Bad Gateway</body></html>\n"
      + "garbage line !!!\n\n" + #"{"text":"second","id":"2"}"# + "\n" + #""cut":"off"}"# + "\n"
    let auto = DecodeTally.run(stream)
    XCTAssertEqual(auto.counts, [4, 0, 1], auto.malformed.joined(separator: "\n"))
    let strict = DecodeTally.run(stream, options: DecoderOptions(jsonOnly: true))
    XCTAssertEqual(strict.posts.map(\.text), ["Lift broken at station #lifts", "second"])
    XCTAssertEqual(
      strict.malformed,
      [
        "line 2: not JSON (a line of plain text, and --json-only is set)",
        "line 3: not JSON (a line of plain text, and --json-only is set)",
        "line 6: fragment of a JSON object (does not start with '{')",
      ])
  }

  /// Lines left over from a broken pretty-printed document are malformed, not text posts; text that only looks a
  /// little like them stays a post.
  func testLinesOfABrokenDocumentAreNotTextPosts() {
    let fragments = [
      "}},", "]", "  \"tag\": \"water\"", "\"edit_history_tweet_ids\": [", "    \"did:plc:abc\",", ":", "\"n\": -1,",
      "275", "-1.5e3,", "true,", "null",
    ]
    let texts = [
      "\"Bins not collected,\" said residents", "\"Why are the bins never collected?\"",
      "\"Warning\": roads closed on Mill Lane", "Bins: not collected again", ":)", "[Update] buses late",
      "\"quoted\" text, more", "\"nullable\" is a word", "2 buses late", "1e", "-", "true story",
    ]
    let tally = DecodeTally.run((fragments + texts).joined(separator: "\n") + "\n")
    XCTAssertEqual(tally.posts.map(\.text), texts)
    XCTAssertEqual(
      tally.malformed, (1...fragments.count).map { "line \($0): fragment of a JSON object (does not start with '{')" })
  }

  func testJSONOnlyRefusesCSVRowsAndKeepsServerSentEvents() {
    let csv = "text,author\nbins not collected,sam\n"
    let rows = DecodeTally.run(csv, options: DecoderOptions(jsonOnly: true))
    XCTAssertEqual(rows.counts, [0, 0, 2])
    let events = "event: update\ndata: {\"id\":\"9\",\"uri\":\"https://x/9\",\"content\":\"<p>Bins late</p>\"}\n\n"
    let sse = DecodeTally.run(events, options: DecoderOptions(jsonOnly: true))
    XCTAssertEqual(sse.posts.map(\.text), ["Bins late"])
  }

  func testOversizedDocumentIsReadAsTheRecordsOfItsArrays() {
    let elements = (0..<50).map { _ in #"  {"text": "0123456789"},"# }.joined(separator: "\n") + "\n  {}\n"
    let after = #"{"text":"after"}"# + "\n"
    // A top-level array is split into its elements: only the element without text is lost (JSONArraySplitterTests);
    // so is an object-rooted document's array once the document outgrows the limit (JSONObjectStreamerTests).
    for document in ["[\n" + elements + "]\n", "{\"statuses\": [\n" + elements + "]}\n"] {
      let tally = DecodeTally.run(document + after, options: DecoderOptions(maxRecordBytes: 200))
      XCTAssertEqual(tally.counts, [51, 0, 1])
      XCTAssertEqual(tally.malformed, ["line 52: JSON object has no text field"])
    }
    // A document without arrays of records is still one oversized record.
    let fields = (0..<50).map { #"  "field\#($0)": "0123456789","# }.joined(separator: "\n")
    let object = DecodeTally.run(
      "{\n" + fields + "\n  \"text\": \"x\"\n}\n" + after, options: DecoderOptions(maxRecordBytes: 200))
    XCTAssertEqual(object.counts, [1, 0, 1])
    XCTAssertTrue(object.malformed.first?.contains("exceeds the size limit") == true, "\(object.malformed)")
  }

  func testLargeDocumentDecodesOnASmallStackThread() {
    let element = #"  {"text": "Bus shelter glass smashed again on Elm Street #vandalism", "user": "x"},"#
    let document = "[\n" + String(repeating: element + "\n", count: 10_000) + #"  {"text": "last"}"# + "\n]\n"
    XCTAssertGreaterThan(document.utf8.count, 800_000)
    let finished = DispatchSemaphore(value: 0)
    nonisolated(unsafe) var counts: [Int] = []
    let thread = Thread {
      counts = DecodeTally.run(document).counts
      finished.signal()
    }
    thread.stackSize = 256 * 1024
    thread.start()
    XCTAssertEqual(finished.wait(timeout: .now() + 60), .success)
    XCTAssertEqual(counts, [10_001, 0, 0])
  }

  func testCRLFAndByteOrderMarkAreStrippedWhetherLinesArriveWholeOrSplit() {
    let text =
      "\u{FEFF}" + #"{"text":"one #a","id":"1"}"# + "\r\n" + #"{"text":"two","id":"2"}"# + "\r\n"
      + "three\r\n" + #"{"text":"four","id":"4"}"#
    // Chunks of 1 and 7 bytes split lines (the held-line path); a whole chunk frames every line in place.
    for chunk in [1, 7, 65_536] {
      let tally = DecodeTally.run(text, chunkSize: chunk)
      XCTAssertEqual(tally.counts, [4, 0, 0], "chunk \(chunk)")
      XCTAssertEqual(tally.posts.map(\.text), ["one #a", "two", "three", "four"], "chunk \(chunk)")
      XCTAssertEqual(tally.posts.first?.hashtags, ["a"], "chunk \(chunk)")
    }
  }
}
