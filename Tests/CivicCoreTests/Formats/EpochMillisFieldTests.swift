import XCTest

@testable import CivicCore

/// `JSONValue.epochMillis` reads a 24-byte `2021-04-08T15:07:30.000Z` string in place; every string must give what
/// `TimestampParser.parse` gives on its unescaped text.
final class EpochMillisFieldTests: XCTestCase {
  private func field(_ json: String) throws -> EpochMillis? {
    try JSONScanner.withRoot(Array(json.utf8)) { $0.epochMillis }.get()
  }

  func testInPlaceReadingMatchesTheParser() throws {
    var texts = [
      "2021-04-08T15:07:30.000Z", "1970-01-01T00:00:00.000Z", "2024-02-29T23:59:60.999Z", "1969-12-31T23:59:59.999Z",
      "2021-13-08T15:07:30.000Z", "2021-04-32T15:07:30.000Z", "2021-04-08T24:07:30.000Z", "2021-04-08T15:60:30.000Z",
      "2021-04-08 15:07:30.000Z", "2021-04-08T15:07:30,000Z", "2021-04-08T15:07:30.000z", " 021-04-08T15:07:30.000Z",
      "2021-04-08T15:07:30.00Z ", "2021-04-08T15:07:30.0000Z", "2021-04-08T15:07:30.000", "2O21-04-08T15:07:30.000Z",
      "Wed Oct 10 20:19:24 +0000 2018", "", "1617894450",
    ]
    // Every byte of the usual shape replaced in turn by a digit, a letter, a space and a slash.
    let base = Array("2021-04-08T15:07:30.000Z".utf8)
    for i in base.indices {
      for c in "7a /".utf8 {
        var bytes = base
        bytes[i] = c
        texts.append(String(decoding: bytes, as: UTF8.self))
      }
    }
    for text in texts {
      XCTAssertEqual(try field("\"\(text)\""), TimestampParser.parse(text), text)
    }
  }

  func testEscapedTimesAreUnescapedFirst() throws {
    // 24 raw bytes or more with escapes: never read in place.
    XCTAssertEqual(try field(#""\u0032021-04-08T15:07:30.000Z""#), TimestampParser.parse("2021-04-08T15:07:30.000Z"))
    XCTAssertEqual(try field(#""2021-04-08T15:07:30.0\/0Z""#), TimestampParser.parse("2021-04-08T15:07:30.0/0Z"))
    XCTAssertEqual(try field(#""2021-04-08T15:07:30\u002e000Z""#), TimestampParser.parse("2021-04-08T15:07:30.000Z"))
    XCTAssertNotNil(try field(#""2021-04-08T15:07:30\u002e000Z""#))
  }

  func testNumbersAndOtherValues() throws {
    XCTAssertEqual(try field("1617894450000"), TimestampParser.parse("1617894450000"))
    XCTAssertNil(try field("null"))
    XCTAssertNil(try field("{}"))
  }

  /// The word-at-a-time reading gives what the byte-at-a-time `compactISO8601` gives for any 24 bytes: valid
  /// times across four centuries, then each byte replaced by every value (0-255) in turn, then random bytes at
  /// random places (near misses of digits and separators: '/', ':', 0x3A-0x3F, 0xB0-0xB9, letters).
  func testWordReadingMatchesByteReading() {
    func check(_ bytes: [UInt8], file: StaticString = #filePath, line: UInt = #line) {
      let words = bytes.withUnsafeBufferPointer { TimestampParser.compactISO8601Words($0.baseAddress!) }
      let each = bytes.withUnsafeBufferPointer { TimestampParser.compactISO8601($0, 0) }
      XCTAssertEqual(words, each, String(decoding: bytes, as: UTF8.self), file: file, line: line)
    }
    var random = SplitMix64(seed: 11)
    var valid: [[UInt8]] = []
    for _ in 0..<2000 {
      func pad(_ value: UInt64, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
      }
      let text =
        pad(1800 + random.next() % 400, 4) + "-" + pad(1 + random.next() % 12, 2) + "-" + pad(1 + random.next() % 31, 2)
        + "T" + pad(random.next() % 24, 2) + ":" + pad(random.next() % 60, 2) + ":" + pad(random.next() % 61, 2) + "."
        + pad(random.next() % 1000, 3) + "Z"
      valid.append(Array(text.utf8))
    }
    valid.append(Array("0000-00-00T00:00:00.000Z".utf8))
    valid.append(Array("9999-99-99T99:99:99.999Z".utf8))
    for bytes in valid { check(bytes) }
    let base = Array("2021-04-08T15:07:30.000Z".utf8)
    for i in base.indices {
      for value in 0...255 {
        var bytes = base
        bytes[i] = UInt8(value)
        check(bytes)
      }
    }
    let near: [UInt8] = [
      0x2F, 0x3A, 0x3B, 0x3F, 0x2D, 0x2E, 0x54, 0x5A, 0x7A, 0xB0, 0xB9, 0x20, 0x00, 0xFF, 0x30, 0x39,
    ]
    for _ in 0..<50_000 {
      var bytes = valid[Int(random.next() % UInt64(valid.count))]
      for _ in 0..<(1 + Int(random.next() % 3)) {
        bytes[Int(random.next() % 24)] = near[Int(random.next() % UInt64(near.count))]
      }
      check(bytes)
    }
  }
}
