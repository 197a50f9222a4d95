import Foundation
import XCTest

@testable import CivicCore

/// A top-level JSON array (a whole-file export) is split into its elements while framing: each element is a
/// record of its own, so the record size limit applies per element and a broken element loses only itself.
final class JSONArraySplitterTests: XCTestCase {
  private let small = DecoderOptions(maxRecordBytes: 4096)

  /// `count` id-less posts whose texts hold the characters that could confuse a splitter.
  private func elements(_ count: Int) -> [String] {
    (1...count).map { k in
      #"{"text": "post \#(k) [a], {b}, \"q\" \\ c:\\\\", "user": {"screen_name": "u\#(k)"}, "n": [[1, 2], []]}"#
    }
  }

  private func texts(_ count: Int) -> [String] {
    (1...count).map { #"post \#($0) [a], {b}, "q" \ c:\\"# }
  }

  private func pretty(_ items: [String]) -> String {
    "[\n" + items.map { "  " + $0 }.joined(separator: ",\n") + "\n]\n"
  }

  private func compact(_ items: [String]) -> String {
    "[" + items.joined(separator: ", ") + "]"
  }

  func testPrettyAndCompactArraysOverTheLimitGiveEveryPostWhateverTheChunking() {
    let items = elements(200)
    for (name, document) in [("pretty", pretty(items)), ("compact", compact(items))] {
      XCTAssertGreaterThan(document.utf8.count, 4 * small.maxRecordBytes)
      var first: [String]?
      for chunk in [1, 7, 4096, 1 << 20] {
        let tally = DecodeTally.run(document, chunkSize: chunk, options: small)
        XCTAssertEqual(tally.counts, [200, 0, 0], "\(name), chunk \(chunk): \(tally.malformed.prefix(3))")
        XCTAssertEqual(tally.posts.map(\.text), texts(200), "\(name), chunk \(chunk)")
        let ids = tally.posts.map(\.id)
        XCTAssertEqual(Set(ids).count, 200, "\(name): id-less elements keep distinct stand-in ids")
        if let first { XCTAssertEqual(ids, first, "\(name), chunk \(chunk)") } else { first = ids }
      }
    }
  }

  func testEachElementHasTheLineItStartsOn() {
    let stream =
      "[\n  {\"text\": \"a\"},\n  {\n    \"text\": \"b\\nstill b\"\n  },\n  {\"text\": \"c\"}, {\"text\": \"d\"}\n]\n"
    let decoder = StreamDecoder(sourceName: "f")
    var records: [Record] = []
    Array(stream.utf8).withUnsafeBytes { decoder.frame($0, arrivalTime: 1, into: &records) }
    decoder.finish(arrivalTime: 1, into: &records)
    XCTAssertEqual(records.map(\.line), [2, 3, 6, 6])
    XCTAssertEqual(records.map(\.element), [0, 0, 0, 1])
    let tally = DecodeTally.run(stream)
    XCTAssertEqual(tally.posts.map(\.id), ["test:2", "test:3", "test:6", "test:6#2"])
  }

  func testAnOversizedElementIsCountedAndTheRestDecoded() {
    let big = #"{"text": ""# + String(repeating: "x", count: 10_000) + #""}"#
    let items = [#"{"text": "before"}"#, big, #"{"text": "after"}"#]
    for document in [pretty(items), compact(items)] {
      for chunk in [1, 7, 4096] {
        let tally = DecodeTally.run(document, chunkSize: chunk, options: small)
        XCTAssertEqual(tally.posts.map(\.text), ["before", "after"], "chunk \(chunk)")
        XCTAssertEqual(tally.malformed.count, 1, "chunk \(chunk)")
        XCTAssertTrue(
          tally.malformed.first?.contains("10012 bytes exceeds the size limit") == true, "\(tally.malformed)")
      }
    }
  }

  func testABrokenElementIsOneMalformedRecordAndTheRestDecoded() {
    let items = [#"{"text": "one"}"#, #"{"text": oops}"#, #"{"no_text": 1}"#, #"{"text": "four"}"#]
    let tally = DecodeTally.run(pretty(items))
    XCTAssertEqual(tally.posts.map(\.text), ["one", "four"])
    XCTAssertEqual(tally.malformed.count, 2, "\(tally.malformed)")
    XCTAssertTrue(tally.malformed[0].hasPrefix("line 3: invalid JSON"), "\(tally.malformed)")
    XCTAssertEqual(tally.malformed[1], "line 4: JSON object has no text field")
  }

  func testScalarAndEmptyElementsAreMalformed() {
    let tally = DecodeTally.run(#"[{"text": "a"}, "just a string", 42, , {"text": "b"}]"# + "\n")
    XCTAssertEqual(tally.posts.map(\.text), ["a", "b"])
    XCTAssertEqual(
      tally.malformed,
      [
        "line 1: JSON array element is not an object", "line 1: JSON array element is not an object",
        "line 1: empty element in a JSON array (a stray ',')",
      ])
  }

  func testNestedArraysAndBracketsInStringsDoNotEndAnElement() {
    let document = """
      [
        {"text": "a ] , [ \\" }", "entities": {"hashtags": [{"text": "x"}, {"text": "y"}]}, "matrix": [[1], [2, [3]]]},
        {"text": "back\\\\slash\\\\", "n": []}
      ]
      """
    for chunk in [1, 7, 4096] {
      let tally = DecodeTally.run(document, chunkSize: chunk)
      XCTAssertEqual(tally.records, 2, "chunk \(chunk)")
      XCTAssertEqual(tally.posts.map(\.text), [#"a ] , [ " }"#, #"back\slash\"#], "chunk \(chunk)")
    }
  }

  func testAnArrayThenJSONLinesThenAnotherArray() {
    let stream =
      "[\n  {\"text\": \"a\"}\n]\n" + #"{"text":"b"}"# + "\n" + #"{"text":"c"}"# + "\n"
      + #"[{"text": "d"}, {"text": "e"}]"#
      + "\n" + #"{"text":"f"}"# + "\n"
    for chunk in [1, 7, 4096] {
      let tally = DecodeTally.run(stream, chunkSize: chunk, options: small)
      XCTAssertEqual(tally.posts.map(\.text), ["a", "b", "c", "d", "e", "f"], "chunk \(chunk)")
      XCTAssertEqual(tally.malformed, [], "chunk \(chunk)")
    }
    let decoder = StreamDecoder(sourceName: "f")
    var records: [Record] = []
    Array(stream.utf8).withUnsafeBytes { decoder.frame($0, arrivalTime: 1, into: &records) }
    XCTAssertEqual(records.map(\.line), [2, 4, 5, 6, 6, 7])
  }

  func testAStrayBracketBeforeJSONLinesCostsOneRecord() {
    // A `[` left at the start of a JSON-lines file: the lines after the first element are read one by one.
    let stream = "[" + (1...50).map { #"{"text": "post \#($0)"}"# }.joined(separator: "\n") + "\n"
    for chunk in [1, 7, 4096] {
      let tally = DecodeTally.run(stream, chunkSize: chunk, options: small)
      XCTAssertEqual(tally.posts.map(\.text), (1...50).map { "post \($0)" }, "chunk \(chunk)")
      XCTAssertEqual(
        tally.malformed,
        ["line 2: JSON array broken: no ',' or ']' after an element (the lines after it are read one by one)"],
        "chunk \(chunk)")
    }
  }

  func testAnElementCutOffByTheNextRecordCostsOnlyItself() {
    let stream =
      "[\n" + #"{"text": "one"},"# + "\n" + #"{"text": "tw"# + "\n" + #"{"text": "three", "u": {"a": [1]}},"#
      + "\n" + #"{"text": "four"}"# + "\n]\n"
    for chunk in [1, 2, 7, 4096] {
      let tally = DecodeTally.run(stream, chunkSize: chunk, options: small)
      XCTAssertEqual(tally.posts.map(\.text), ["one", "three", "four"], "chunk \(chunk)")
      XCTAssertEqual(
        tally.malformed, ["line 3: JSON array element cut off (line 4 starts a new record)"], "chunk \(chunk)")
    }
  }

  func testAnArrayPrettyPrintedWithoutIndentIsNotCut() {
    // `json.dumps(posts, indent=0)`: every line at column 0, inner objects too, but none opens with `{"`.
    let document =
      "[\n{\n\"text\": \"a\",\n\"list\": [\n{\n\"k\": 1\n}\n],\n\"user\": {\n\"n\": 2\n}\n},\n{\n\"text\": \"b\"\n}\n]\n"
    for chunk in [1, 7, 4096] {
      let tally = DecodeTally.run(document, chunkSize: chunk)
      XCTAssertEqual(tally.posts.map(\.text), ["a", "b"], "chunk \(chunk)")
      XCTAssertEqual(tally.malformed, [], "chunk \(chunk)")
    }
  }

  func testAnEmptyArrayYieldsNothingAndTextStartingWithABracketStaysText() {
    // An empty array is one record, skipped as before (it holds no posts, and nothing is wrong with it).
    let empty = DecodeTally.run("[]\n[ ]\n[\n]\n")
    XCTAssertEqual(empty.skipped, ["empty JSON array", "empty JSON array", "empty JSON array"])
    XCTAssertEqual(empty.records, 3)
    for chunk in [1, 7, 4096] {
      let tally = DecodeTally.run("[Update] buses late\n[ Update ] trains too\n[", chunkSize: chunk)
      XCTAssertEqual(tally.posts.map(\.text), ["[Update] buses late", "[ Update ] trains too"], "chunk \(chunk)")
      XCTAssertEqual(tally.posts.map(\.platform), [.text, .text])
      XCTAssertEqual(tally.malformed.count, 1, "a lone `[` at the end is a cut-off value: \(tally.malformed)")
    }
  }

  func testALineStartingWithABracketAndAScalarIsFramedAsAWholeLine() {
    let lines = ["[1/3] Road closed on the A1, diversion via Elm St", "[new] bins late", #"["quoted", 1]"#]
    for chunk in [1, 7, 4096] {
      let decoder = StreamDecoder(sourceName: "f")
      var records: [Record] = []
      let bytes = Array((lines.joined(separator: "\n") + "\n").utf8)
      var start = 0
      while start < bytes.count {
        let end = min(start + chunk, bytes.count)
        bytes[start..<end].withUnsafeBytes { decoder.frame($0, arrivalTime: 1, into: &records) }
        start = end
      }
      XCTAssertEqual(records.map { String(decoding: $0.storage, as: UTF8.self) }, lines, "chunk \(chunk)")
      XCTAssertEqual(records.map(\.line), [1, 2, 3], "chunk \(chunk)")
    }
  }

  func testAQuoteMissingOnOneLineCostsOnlyItsElement() {
    let document =
      "[\n  {\n    \"text\": \"broken,\n    \"id\": \"1\"\n  },\n  {\"text\": \"fine\", \"id\": \"2\"}\n]\n"
    let tally = DecodeTally.run(document)
    XCTAssertEqual(tally.posts.map(\.text), ["fine"])
    XCTAssertEqual(tally.malformed.count, 1, "\(tally.malformed)")
    XCTAssertTrue(tally.malformed.first?.hasPrefix("line 2: ") == true, "\(tally.malformed)")
  }

  func testAnUnterminatedArrayAtFinish() {
    let cutInElement = DecodeTally.run("[\n  {\"text\": \"a\"},\n  {\"text\": \"b\", \"us")
    XCTAssertEqual(cutInElement.posts.map(\.text), ["a"])
    XCTAssertEqual(cutInElement.malformed, ["line 3: JSON array element cut off at the end of the input (truncated)"])
    let cutBetween = DecodeTally.run("[\n  {\"text\": \"a\"},\n")
    XCTAssertEqual(cutBetween.posts.map(\.text), ["a"])
    XCTAssertEqual(cutBetween.malformed, ["line 3: JSON array not closed at the end of the input (truncated)"])
    // A complete last element is kept; the missing `]` is still counted.
    let lastComplete = DecodeTally.run(#"[{"text": "a"}, {"text": "b"}"#)
    XCTAssertEqual(lastComplete.posts.map(\.text), ["a", "b"])
    XCTAssertEqual(lastComplete.malformed, ["line 1: JSON array not closed at the end of the input (truncated)"])
  }

  func testResetForgetsAnOpenArray() {
    let decoder = StreamDecoder(sourceName: "f")
    var records: [Record] = []
    Array("[\n  {\"text\": \"a\"},\n  {\"text\": \"cut".utf8).withUnsafeBytes {
      decoder.frame($0, arrivalTime: 1, into: &records)
    }
    decoder.reset()
    Array((#"{"text":"fresh"}"# + "\n").utf8).withUnsafeBytes { decoder.frame($0, arrivalTime: 1, into: &records) }
    decoder.finish(arrivalTime: 1, into: &records)
    XCTAssertEqual(records.map(\.line), [2, 1])
  }

  func testAByteOrderMarkBeforeTheArray() {
    let tally = DecodeTally.run("\u{FEFF}" + compact(elements(30)), options: small)
    XCTAssertEqual(tally.counts, [30, 0, 0])
  }
}
