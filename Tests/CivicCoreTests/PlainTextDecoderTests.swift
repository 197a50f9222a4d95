import XCTest

@testable import CivicCore

final class PlainTextDecoderTests: XCTestCase {
  func testLinesAreFramedAndPartialLineHeld() {
    let decoder = StreamDecoder(sourceName: "t")
    var records: [Record] = []
    Array("bins not collected\npartial".utf8).withUnsafeBytes {
      decoder.frame($0, arrivalTime: 5, into: &records)
    }
    XCTAssertEqual(records.count, 1)
    Array(" line\n".utf8).withUnsafeBytes { decoder.frame($0, arrivalTime: 6, into: &records) }
    XCTAssertEqual(records.count, 2)
    guard case .posts(let posts) = StreamDecoder.decode(records[1], sourceName: "t") else {
      return XCTFail("expected a post")
    }
    XCTAssertEqual(posts.first?.text, "partial line")
    XCTAssertEqual(posts.first?.arrivalTime, 6)
  }

  func testOversizedRecordIsMalformedAndStreamGoesOn() {
    let decoder = StreamDecoder(sourceName: "t", options: DecoderOptions(maxRecordBytes: 8))
    var records: [Record] = []
    Array("0123456789abcdef\nok\n".utf8).withUnsafeBytes { decoder.frame($0, arrivalTime: 1, into: &records) }
    XCTAssertEqual(records.count, 2)
    guard case .malformed = StreamDecoder.decode(records[0], sourceName: "t") else { return XCTFail() }
    guard case .posts = StreamDecoder.decode(records[1], sourceName: "t") else { return XCTFail() }
  }

  func testHashtagsAreTakenFromTheText() {
    let decoder = StreamDecoder(sourceName: "t")
    var records: [Record] = []
    Array("Water cut off #water #WaterOutage\nno tags here\n".utf8).withUnsafeBytes {
      decoder.frame($0, arrivalTime: 1, into: &records)
    }
    let tags = records.map { record -> [String] in
      guard case .posts(let posts) = StreamDecoder.decode(record, sourceName: "t") else { return ["?"] }
      return posts.first?.hashtags ?? ["?"]
    }
    XCTAssertEqual(tags, [HashtagExtractor.extract(from: "#water #WaterOutage"), []])
    XCTAssertEqual(tags.first?.count, 2)
  }

  func testALineOfControlCharactersIsMalformedNotAPost() {
    let tally = DecodeTally.run([0, 0, 0x0A, 0x07, 0x1B, 0x0A] + Array("bins \u{7}missed\n".utf8))
    XCTAssertEqual(tally.counts, [1, 0, 2])
    XCTAssertEqual(tally.malformed.first, "line 1: control characters only (binary data?)")
    XCTAssertEqual(tally.posts.first?.text, "bins \u{7}missed", "text with a control character in it is still a post")
  }
}
