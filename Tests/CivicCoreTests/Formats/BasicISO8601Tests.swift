import XCTest

@testable import CivicCore

/// ISO 8601's basic format, as exports and log files write dates without separators: `20181010` is 10 October 2018,
/// not 20,181,010 epoch seconds (23 August 1970), and `20181010T201924Z` is a time of that day. Epoch numbers of
/// every magnitude read as before.
final class BasicISO8601Tests: XCTestCase {
  func testADateOfEightDigitsIsThatDay() {
    // python3 -c "import calendar; print(calendar.timegm((2018,10,10,0,0,0)))" -> 1539129600
    XCTAssertEqual(TimestampParser.parse("20181010"), 1_539_129_600_000)
    XCTAssertEqual(TimestampParser.parse(" 20240229 "), TimestampParser.parse("2024-02-29"))
  }

  func testATimeInTheBasicFormat() {
    XCTAssertEqual(TimestampParser.parse("20181010T201924Z"), 1_539_202_764_000)
    XCTAssertEqual(TimestampParser.parse("20181010T201924"), 1_539_202_764_000, "no offset: UTC")
    XCTAssertEqual(TimestampParser.parse("20181010t201924.5z"), 1_539_202_764_500)
    XCTAssertEqual(TimestampParser.parse("20181010T221924+0200"), 1_539_202_764_000)
    XCTAssertEqual(TimestampParser.parse("20181010T2019Z"), 1_539_202_740_000, "minutes without seconds")
    for text in ["20181010T20192", "20181010T", "20181010T2019:24Z", "20181310T201924Z", "20181010 201924"] {
      XCTAssertNil(TimestampParser.parse(text), text)
    }
  }

  func testEightDigitsThatAreNoDateAndEveryEpochMagnitudeStillReadAsEpochTimes() {
    XCTAssertEqual(TimestampParser.parse("99999999"), 99_999_999_000, "month 99: epoch seconds")
    XCTAssertEqual(TimestampParser.parse("20181310"), 20_181_310_000, "month 13: epoch seconds")
    XCTAssertEqual(TimestampParser.parse("20181010.5"), 20_181_010_500, "a fraction: epoch seconds")
    XCTAssertEqual(TimestampParser.parse("1539202764"), 1_539_202_764_000)
    XCTAssertEqual(TimestampParser.parse("1539202764.5"), 1_539_202_764_500)
    XCTAssertEqual(TimestampParser.parse("1539202764000"), 1_539_202_764_000)
    XCTAssertEqual(TimestampParser.parse("1539202764000000"), 1_539_202_764_000)
    XCTAssertEqual(TimestampParser.parse("1539202764000000000"), 1_539_202_764_000)
  }

  /// A CSV time column in the basic format, as `report`, `classify` and `watch` read it.
  func testACSVTimeColumnOfCompactDates() {
    let tally = DecodeTally.run("id,date,text\n1,20181010,bins not collected\n2,20181011T0930Z,lights out\n")
    XCTAssertEqual(tally.posts.map(\.eventTime), [1_539_129_600_000, 1_539_250_200_000])
  }
}
