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
}
