import Foundation
import XCTest

@testable import CivicCore

/// A JSON line cut off where more must follow (after `,`, `[`, `{` or `:`) opens a multi-line value; the next
/// compact record (`{"` at column 0) must end it, so one truncated line costs one malformed record and no more.
final class TruncatedRecordFramingTests: XCTestCase {
  private func validLines(_ count: Int) -> String {
    (1...count).map { #"{"data":{"id":"v\#($0)","text":"pothole \#($0)","author_id":"1"}}"# + "\n" }.joined()
  }

  func testLineCutAfterACommaDoesNotEatTheNextLine() {
    let stream = #"{"data":{"id":"x","# + "\n" + validLines(3)
    for chunk in [1, 7, 65_536] {
      let tally = DecodeTally.run(stream, chunkSize: chunk)
      XCTAssertEqual(tally.counts, [3, 0, 1], "chunk \(chunk): \(tally.malformed)")
      XCTAssertEqual(tally.posts.map(\.id), ["v1", "v2", "v3"], "chunk \(chunk)")
      XCTAssertTrue(tally.malformed.first?.hasPrefix("line 1: ") ?? false, "\(tally.malformed)")
    }
  }

  func testLineCutAfterAnOpenArrayDoesNotEatTheNextLine() {
    let stream = #"{"data":{"id":"x"},"includes":{"users": ["# + "\n" + validLines(3)
    let tally = DecodeTally.run(stream)
    XCTAssertEqual(tally.counts, [3, 0, 1], "\(tally.malformed)")
    XCTAssertEqual(tally.posts.map(\.id), ["v1", "v2", "v3"])
  }

  func testEveryTruncatedLineIsItsOwnMalformedRecordWithItsLineNumber() {
    let stream = (1...150).map { #"{"bad\#($0)":"# + "\n" }.joined() + validLines(1)
    let tally = DecodeTally.run(stream, chunkSize: 100)
    XCTAssertEqual(tally.counts, [1, 0, 150])
    XCTAssertEqual(tally.malformed.map { $0.prefix(while: { $0 != ":" }) }, (1...150).map { "line \($0)" })
  }

  func testPlainTextAfterACutLineIsAPostOfItsOwn() {
    // audit16: a line of plain text at column 0 cannot continue a JSON document (nor can a word that only starts
    // like a literal), so the cut-off line is one malformed record and the text lines are posts.
    let texts = ["全角テキスト 🚌 bus late again", "no buses today", "nullify the fares", "@council bins missed"]
    let cut = ["{\"broken\": ", "{\"a\": [", "{\"b\": ", "{\"c\":"]
    let stream = zip(cut, texts).map { $0 + "\n" + $1 + "\n" }.joined()
    for chunk in [1, 5, 65_536] {
      let tally = DecodeTally.run(stream, chunkSize: chunk)
      XCTAssertEqual(tally.counts, [4, 0, 4], "chunk \(chunk): \(tally.malformed)")
      XCTAssertEqual(tally.posts.map(\.text), texts, "chunk \(chunk)")
      XCTAssertEqual(tally.malformed.map { $0.prefix(while: { $0 != ":" }) }, ["line 1", "line 3", "line 5", "line 7"])
    }
  }

  func testIndentedOrLiteralLinesStillContinueADocument() {
    // Values on lines of their own, at column 0 (indent=0) or indented, and an indented broken line: one document.
    let literals =
      "{\"statuses\": [{\"id_str\": \"1\", \"text\": \"one\", \"flag\":\ntrue, \"n\":\n-1, \"z\":\nnull}]}\n"
    XCTAssertEqual(DecodeTally.run(literals).counts, [1, 0, 0])
    let head = "{\"statuses\": [\n  {\"id_str\": \"1\", \"text\": \"one\",\n"
    let tail = "  \"lang\": \"en\"}\n]}\n" + validLines(1)
    for garbage in ["  garbage here", "\u{7F}garbage", "\u{1B}[0m"] {
      XCTAssertEqual(DecodeTally.run(head + garbage + "\n" + tail).counts, [1, 0, 1], garbage)
    }
    // A stray invalid UTF-8 byte at column 0 inside a pretty-printed document does not cut it either.
    XCTAssertEqual(DecodeTally.run(Array(head.utf8) + [0xFF, 0x0A] + Array(tail.utf8)).counts, [1, 0, 1])
  }

  func testPrettyPrintedDocumentsAreNotCut() {
    // Inner objects indented, or `{` alone on a line: one object-rooted document.
    let object = """
      {"statuses": [
        {"id_str": "1", "text": "one"},
        {
          "id_str": "2", "text": "two"
        }
      ],
      "search_metadata": {"count": 2}}

      """
    XCTAssertEqual(DecodeTally.run(object).counts, [2, 0, 0])
    // A top-level array of compact objects at column 0: split into its elements, none cut.
    let array = "[\n" + #"{"text":"a"},"# + "\n" + #"{"text":"b"},"# + "\n" + #"{"text":"c"}"# + "\n]\n"
    let tally = DecodeTally.run(array)
    XCTAssertEqual(tally.records, 3)
    XCTAssertEqual(tally.posts.map(\.text), ["a", "b", "c"])
  }

  func testAnOpenValueIsBoundedByTheRecordSizeLimit() {
    // The open value grows past the limit: only its size is kept, and the next compact record ends it as one
    // oversized malformed record.
    let stream = #"{"a": ["# + "\n" + String(repeating: "  \"xxxxxxxxxx\",\n", count: 50) + #"{"text":"after"}"# + "\n"
    let tally = DecodeTally.run(stream, options: DecoderOptions(maxRecordBytes: 100))
    XCTAssertEqual(tally.counts, [1, 0, 1])
    XCTAssertEqual(tally.posts.map(\.text), ["after"])
    XCTAssertTrue(tally.malformed.first?.contains("exceeds the size limit") ?? false, "\(tally.malformed)")
  }
}
