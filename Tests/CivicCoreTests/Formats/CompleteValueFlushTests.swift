import Foundation
import XCTest

@testable import CivicCore

/// `StreamDecoder.flushCompleteValue`: a followed file read to its end whose last line has no newline yet.
final class CompleteValueFlushTests: XCTestCase {
  /// Frames `text` and then flushes; returns the records the flush produced.
  private func flushed(_ decoder: StreamDecoder, after text: String, into records: inout [Record]) -> [Record] {
    Array(text.utf8).withUnsafeBytes { decoder.frame($0, arrivalTime: 1, into: &records) }
    let before = records.count
    decoder.flushCompleteValue(arrivalTime: 1, into: &records)
    return Array(records[before...])
  }

  private func texts(_ records: [Record]) -> [String] {
    records.flatMap { record -> [String] in
      guard case .posts(let posts) = StreamDecoder.decode(record, sourceName: "f") else { return [] }
      return posts.map(\.text)
    }
  }

  func testACompleteJSONLineIsDecodedAndItsLateNewlineEndsTheSameLine() {
    let decoder = StreamDecoder(sourceName: "f")
    var records: [Record] = []
    let first = flushed(decoder, after: "\u{FEFF}" + #"{"text":"one"}"#, into: &records)
    XCTAssertEqual(texts(first), ["one"])
    XCTAssertEqual(first.first?.line, 1)
    XCTAssertTrue(flushed(decoder, after: "", into: &records).isEmpty, "flushed once only")
    _ = flushed(decoder, after: "\n" + #"{"text":"two"}"# + "\n", into: &records)
    XCTAssertEqual(texts(records), ["one", "two"])
    XCTAssertEqual(records.last?.line, 2, "the late newline neither reuses nor skips a line number")
  }

  func testTheClosingLineOfAPrettyPrintedDocumentCompletesIt() {
    let decoder = StreamDecoder(sourceName: "f")
    var records: [Record] = []
    let opening = "{\"statuses\": [\n  {\"id_str\": \"1\", \"text\": \"a\"},\n  {\"id_str\": \"2\", \"text\": \"b\"}\n"
    XCTAssertTrue(flushed(decoder, after: opening, into: &records).isEmpty)
    let last = flushed(decoder, after: "]}", into: &records)
    XCTAssertEqual(texts(last), ["a", "b"])
    // A top-level array's elements are records as soon as their `,` or `]` arrives, newline or not.
    let array = StreamDecoder(sourceName: "f")
    var elements: [Record] = []
    XCTAssertTrue(flushed(array, after: "[\n  {\"text\": \"a\"},\n  {\"text\": \"b\"}\n", into: &elements).isEmpty)
    XCTAssertEqual(texts(elements), ["a"])
    XCTAssertTrue(flushed(array, after: "]", into: &elements).isEmpty)
    XCTAssertEqual(texts(elements), ["a", "b"])
  }

  func testIncompleteJSONTextAndCSVPartialLinesAreStillHeld() {
    for (stream, partial) in [
      (#"{"text":"one"}"# + "\n", #"{"text":"tw"#),
      ("first\n", "{second}"),
      ("first\n", "[Update] buses late]"),
      ("text,author\nbins,a\n", #"{"text":"x"}"#),
      ("[\n  {\"text\": \"a\"}\n", "]]"),
    ] {
      let decoder = StreamDecoder(sourceName: "f")
      var records: [Record] = []
      _ = flushed(decoder, after: stream, into: &records)
      XCTAssertTrue(flushed(decoder, after: partial, into: &records).isEmpty, "\(stream) + \(partial)")
    }
  }

  func testACompactRecordAfterATruncatedLineIsFlushedAndEndsIt() {
    let decoder = StreamDecoder(sourceName: "f")
    var records: [Record] = []
    let out = flushed(decoder, after: #"{"data":{"id":"x","# + "\n" + #"{"text":"next"}"#, into: &records)
    XCTAssertEqual(out.count, 2)
    XCTAssertEqual(texts(out), ["next"])
    XCTAssertEqual(out.map(\.line), [1, 2])
  }
}
