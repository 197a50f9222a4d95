import XCTest

@testable import CivicCore

/// RFC 2822 / RFC 1123 dates (RSS feeds, e-mail, many tools' exports) are times, not unparsable text that leaves a
/// post at its arrival time.
final class RFC2822TimestampTests: XCTestCase {
  func testTheUsualFormsParse() {
    // python3: int(email.utils.parsedate_to_datetime(t).timestamp()) for each text
    let expected: [(String, EpochMillis)] = [
      ("Fri, 10 May 2024 09:00:00 GMT", 1_715_331_600_000),
      ("10 May 2024 09:00 +0100", 1_715_328_000_000),
      ("Tue, 1 Oct 2024 23:30:15 -0700", 1_727_850_615_000),
      ("Fri, 10 May 2024 09:00:00 UT", 1_715_331_600_000),
    ]
    for (text, millis) in expected { XCTAssertEqual(TimestampParser.parse(text), millis, text) }
  }

  func testBrokenFormsAreNoTimestamps() {
    for text in [
      "Fri, 31 Apr 2024 09:00:00 GMT",  // no 31 April
      "Fri 10 May 2024 09:00:00 GMT",  // no comma after the weekday
      "Fri, 10 May 2024 09:00:00",  // no zone
      "Fri, 10 May 2024 09:00:00 +2500",
      "10 Mai 2024 09:00:00 GMT",
      "10 May 24 09:00:00 GMT",
    ] {
      XCTAssertNil(TimestampParser.parse(text), text)
    }
  }

  func testTwitterAndEpochFormsAreUnchanged() {
    XCTAssertEqual(TimestampParser.parse("Wed Oct 10 20:19:24 +0000 2018"), 1_539_202_764_000)
    XCTAssertEqual(TimestampParser.parse("1539202764"), 1_539_202_764_000)
  }
}
