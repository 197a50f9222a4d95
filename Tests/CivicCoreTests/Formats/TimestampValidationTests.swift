import XCTest

@testable import CivicCore

/// Out-of-range fields make a text no timestamp: a date past its month's end, or an offset past 23:59, must not
/// wrap into another day (the post would then be counted in the wrong hour or day, silently).
final class TimestampValidationTests: XCTestCase {
  func testDaysPastTheEndOfTheMonthAreRejectedInEveryForm() {
    for text in [
      "2021-02-29T10:00:00.000Z",  // the 24-byte form (Twitter v2, Mastodon, Bluesky)
      "2021-02-29T10:00:00Z",
      "2021-02-30",
      "2021-04-31T00:00:00+01:00",
      "2021-06-31 08:00:00 -0800",
      "1900-02-29T00:00:00Z",  // a century not divisible by 400: no leap day
      "Sun Feb 30 20:19:24 +0000 2018",
      "Mon Sep 31 20:19:24 +0000 2018",
    ] {
      XCTAssertNil(TimestampParser.parse(text), text)
    }
    let wrapped = Array("2021-02-29T10:00:00.000Z".utf8)
    XCTAssertNil(wrapped.withUnsafeBufferPointer { TimestampParser.compactISO8601Words($0.baseAddress!) })
  }

  func testLeapDaysAndMonthEndsStillParse() {
    // python3 -c "import calendar; print(calendar.timegm((2024,2,29,12,0,0)))" -> 1709208000
    XCTAssertEqual(TimestampParser.parse("2024-02-29T12:00:00.000Z"), 1_709_208_000_000)
    XCTAssertEqual(TimestampParser.parse("Thu Feb 29 12:00:00 +0000 2024"), 1_709_208_000_000)
    XCTAssertEqual(TimestampParser.parse("2000-02-29"), 951_782_400_000)
    // A negative offset across a year boundary: 2018-12-31T23:59:59Z.
    XCTAssertEqual(TimestampParser.parse("2018-12-31T15:59:59-08:00"), 1_546_300_799_000)
    XCTAssertEqual(TimestampParser.parse("2019-01-01T05:30:00+0530"), 1_546_300_800_000)
    let leap = Array("2024-02-29T12:00:00.000Z".utf8)
    XCTAssertEqual(
      leap.withUnsafeBufferPointer { TimestampParser.compactISO8601Words($0.baseAddress!) }, 1_709_208_000_000)
  }

  func testOffsetsOutOfRangeAreRejected() {
    for text in [
      "2021-01-01T10:00:00+25:00",
      "2021-01-01T10:00:00+05:99",
      "2021-01-01T10:00:00-2400",
      "2021-01-01 10:00:00 +0560",
      "Wed Oct 10 20:19:24 +9900 2018",
      "Wed Oct 10 20:19:24 -0075 2018",
    ] {
      XCTAssertNil(TimestampParser.parse(text), text)
    }
    // The widest real offsets still parse: UTC+14 and UTC-12.
    XCTAssertEqual(TimestampParser.parse("2019-01-01T14:00:00+14:00"), 1_546_300_800_000)
    XCTAssertEqual(TimestampParser.parse("Mon Dec 31 12:00:00 -1200 2018"), 1_546_300_800_000)
  }
}
