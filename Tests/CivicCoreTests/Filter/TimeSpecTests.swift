import CivicCore
import CivicTestSupport
import XCTest

final class TimeSpecTests: XCTestCase {
  func testDurations() {
    XCTAssertEqual(TimeSpec.duration("15m"), 900_000)
    XCTAssertEqual(TimeSpec.duration("1h"), 3_600_000)
    XCTAssertEqual(TimeSpec.duration("24H"), 86_400_000)
    XCTAssertEqual(TimeSpec.duration("1h30m"), 5_400_000)
    XCTAssertEqual(TimeSpec.duration("7d"), 604_800_000)
    for bad in ["", "h", "15", "1x", "-1h", "0m", "1.5h", "2026-11-27"] {
      XCTAssertNil(TimeSpec.duration(bad), bad)
    }
  }

  /// Offset-less times are local (see `LocalFilterTimeTests`); here the local zone is UTC.
  func testInstants() {
    TimeZoneOverride.run("UTC0") {
      XCTAssertEqual(TimeSpec.instant("2026-11-27"), 1_795_737_600_000)
      XCTAssertEqual(TimeSpec.instant("2026-11-27 09:30:05.123"), 1_795_771_805_123)
    }
    XCTAssertEqual(TimeSpec.instant("2026-11-27T09:30:05.123Z"), 1_795_771_805_123)
    XCTAssertEqual(TimeSpec.instant("2026-11-27T09:30+01:00"), 1_795_768_200_000)
    XCTAssertEqual(TimeSpec.instant("2024-02-29T12:00:00Z"), 1_709_208_000_000)
    for bad in ["2026-13-01", "2026-02-30", "2025-02-29", "2026-11-27T25:00", "2026-11-27T09:30:00Zjunk", "yesterday"] {
      XCTAssertNil(TimeSpec.instant(bad), bad)
    }
  }

  func testSinceIsDurationOrInstant() {
    let now: EpochMillis = 1_795_771_805_123
    XCTAssertEqual(TimeSpec.since("1h", now: now), now - 3_600_000)
    XCTAssertEqual(TimeZoneOverride.run("UTC0") { TimeSpec.since("2026-11-27", now: now) }, 1_795_737_600_000)
    XCTAssertNil(TimeSpec.since("soon", now: now))
  }

  func testFormatting() {
    XCTAssertEqual(TimeSpec.spreadsheetTime(1_795_771_805_123), "2026-11-27 09:30:05")
    XCTAssertEqual(TimeSpec.iso8601(1_795_771_805_123), "2026-11-27T09:30:05.123Z")
    XCTAssertEqual(TimeSpec.iso8601(-1_000), "1969-12-31T23:59:59.000Z")
    XCTAssertEqual(TimeSpec.shortDuration(5_400_000), "1h30m")
    XCTAssertEqual(TimeSpec.shortDuration(86_400_000), "1d")
    XCTAssertEqual(TimeSpec.instant(TimeSpec.iso8601(1_795_771_805_123)), 1_795_771_805_123)
  }

  /// `TimeSpec` reads and writes dates with the same calendar arithmetic as `ISOTime` and the decoders: from 1600
  /// to 2400 (leap centuries and all), a time a few days apart each step formats as `ISOTime` formats it and reads
  /// back to itself.
  func testDatesAgreeWithISOTimeOverCenturies() {
    var millis: EpochMillis = -11_676_096_000_000  // 1600-01-01
    var compared = 0
    while millis < 13_569_465_600_000 {  // 2400-01-01
      let text = TimeSpec.iso8601(millis)
      XCTAssertEqual(text, ISOTime.format(millis))
      XCTAssertEqual(TimeSpec.instant(text), millis, text)
      millis += 3 * 86_400_000 + 3_723_456
      compared += 1
    }
    XCTAssertGreaterThan(compared, 90_000)
  }
}
