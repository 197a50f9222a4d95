import CivicCore
import CivicTestSupport
import XCTest

/// Filter times typed without an offset are the officer's local time (the Posts pane shows post times in local
/// time); `Z` and offsets keep their meaning; a date alone as `to=` includes that whole day; the filter's title is
/// in local time; and the expression pre-filled in the `:filter` prompt reads back as the same filter.
final class LocalFilterTimeTests: XCTestCase {
  private static let london = "GMT0BST,M3.5.0/1,M10.5.0"
  private static let newYork = "EST5EDT,M3.2.0,M11.1.0"
  private static let tokyo = "JST-9"

  /// The instant of an explicit UTC time, e.g. "2026-07-01T08:00:00Z".
  private func utc(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> EpochMillis {
    try XCTUnwrap(TimeSpec.instant(text), text, file: file, line: line)
  }

  private func window(_ expression: String, in zone: String) throws -> TimeWindow {
    try TimeZoneOverride.run(zone) { try FilterExpression.parse(expression).window }
  }

  func testOffsetLessTimeIsLocalInBritishSummerAndWinter() throws {
    XCTAssertEqual(
      try window("from=2026-07-01T09:00", in: Self.london), .between(from: try utc("2026-07-01T08:00Z"), to: nil))
    XCTAssertEqual(
      try window("since=2026-07-01T09:30:15", in: Self.london),
      .between(from: try utc("2026-07-01T08:30:15Z"), to: nil))
    XCTAssertEqual(
      try window("from=2026-11-27T09:00", in: Self.london), .between(from: try utc("2026-11-27T09:00Z"), to: nil))
  }

  func testOffsetLessTimeIsLocalInNewYorkAndTokyo() throws {
    XCTAssertEqual(
      try window("from=2026-07-01T09:00 to=2026-07-01T17:00", in: Self.newYork),
      .between(from: try utc("2026-07-01T13:00Z"), to: try utc("2026-07-01T21:00Z")))
    XCTAssertEqual(
      try window("to=2026-11-27T09:00", in: Self.newYork), .between(from: nil, to: try utc("2026-11-27T14:00Z")))
    XCTAssertEqual(
      try window("from=2026-11-27T09:00", in: Self.tokyo), .between(from: try utc("2026-11-27T00:00Z"), to: nil))
  }

  /// Whatever the zone, `Z` and an offset name the same instants, while the same time without one moves with
  /// the zone.
  func testExplicitZAndOffsetKeepTheirMeaning() throws {
    for (zone, hoursEast) in [(Self.london, 1), (Self.newYork, -4), (Self.tokyo, 9), ("UTC0", 0)] {
      XCTAssertEqual(
        try window("from=2026-07-01T09:00", in: zone),
        .between(from: 1_782_896_400_000 - EpochMillis(hoursEast) * 3_600_000, to: nil), zone)
      XCTAssertEqual(
        try window("from=2026-07-01T09:00Z to=2026-07-01T17:00+02:00", in: zone),
        .between(from: 1_782_896_400_000, to: 1_782_918_000_000), zone)
      XCTAssertEqual(
        try window("since=2026-11-27T09:00-05:00", in: zone), .between(from: 1_795_788_000_000, to: nil), zone)
    }
  }

  /// A date alone: `from` is that local day's midnight, `to` the next local midnight, so `from=D to=D` is the
  /// whole of day D (refused before as an empty range) and `to=D` alone includes D.
  func testDateOnlyFromAndToCoverTheWholeLocalDay() throws {
    let day = try window("from=2026-11-27 to=2026-11-27", in: Self.newYork)
    XCTAssertEqual(day, .between(from: try utc("2026-11-27T05:00Z"), to: try utc("2026-11-28T05:00Z")))
    let lastMoment = try utc("2026-11-28T04:59:59.999Z")  // 23:59:59.999 in New York
    XCTAssertTrue(day.contains(lastMoment, now: 0))
    XCTAssertFalse(day.contains(lastMoment + 1, now: 0))
    XCTAssertFalse(day.contains(try utc("2026-11-27T04:59:59Z"), now: 0))

    let through = try window("to=2026-11-27", in: Self.tokyo)
    XCTAssertEqual(through, .between(from: nil, to: try utc("2026-11-27T15:00Z")))
    XCTAssertTrue(through.contains(try utc("2026-11-27T14:30Z"), now: 0))  // 23:30 on the 27th in Tokyo
    XCTAssertEqual(
      try window("since=2026-11-27", in: Self.tokyo), .between(from: try utc("2026-11-26T15:00Z"), to: nil))
    // A date-time at midnight is that instant, not the end of the day.
    XCTAssertEqual(
      try window("to=2026-11-27T00:00", in: Self.tokyo), .between(from: nil, to: try utc("2026-11-26T15:00Z")))
  }

  /// The UK's autumn day has 25 hours and its spring day 23: a date-only range spans them.
  func testDateOnlyRangeOverAClockChangeDay() throws {
    XCTAssertEqual(
      try window("from=2026-10-25 to=2026-10-25", in: Self.london),
      .between(from: try utc("2026-10-24T23:00Z"), to: try utc("2026-10-26T00:00Z")))
    XCTAssertEqual(
      try window("from=2026-03-29 to=2026-03-29", in: Self.london),
      .between(from: try utc("2026-03-29T00:00Z"), to: try utc("2026-03-29T23:00Z")))
  }

  /// The documented rule: a local time skipped when the clocks go forward is read one hour later (with the
  /// offset before the change); one that occurs twice when they go back is its first occurrence.
  func testClockChangeGapAndOverlap() throws {
    TimeZoneOverride.run(Self.london) {
      // 29 March 2026: 01:00 GMT -> 02:00 BST. 01:30 does not exist: 02:30 BST = 01:30 UTC.
      XCTAssertEqual(TimeSpec.instant("2026-03-29T01:30"), 1_774_747_800_000)
      XCTAssertEqual(TimeSpec.instant("2026-03-29T00:59"), 1_774_745_940_000)  // still GMT
      XCTAssertEqual(TimeSpec.instant("2026-03-29T02:00"), 1_774_746_000_000)  // 01:00 UTC, BST
      // 25 October 2026: 02:00 BST -> 01:00 GMT. 01:30 happens twice: the first is 01:30 BST = 00:30 UTC.
      XCTAssertEqual(TimeSpec.instant("2026-10-25T01:30"), 1_792_888_200_000)
      XCTAssertEqual(TimeSpec.instant("2026-10-25T02:00"), 1_792_893_600_000)  // 02:00 GMT
    }
    TimeZoneOverride.run(Self.newYork) {
      // 8 March 2026: 02:00 EST -> 03:00 EDT. 02:30 is read as 03:30 EDT = 07:30 UTC.
      XCTAssertEqual(TimeSpec.instant("2026-03-08T02:30"), 1_772_955_000_000)
      // 1 November 2026: 02:00 EDT -> 01:00 EST. 01:30 first occurs as EDT = 05:30 UTC.
      XCTAssertEqual(TimeSpec.instant("2026-11-01T01:30"), 1_793_511_000_000)
    }
  }

  func testTitleIsInLocalTime() throws {
    TimeZoneOverride.run(Self.london) {
      let summer = PostFilter(window: .between(from: 1_782_896_400_000, to: nil))  // 2026-07-01T09:00Z
      XCTAssertEqual(summer.description, "since 2026-07-01 10:00:00")
      XCTAssertEqual(
        (try? FilterExpression.parse("service=water from=2026-07-01T09:00 to=2026-07-01T17:30"))?.description,
        "water, 2026-07-01 09:00:00 to 2026-07-01 17:30:00")
      XCTAssertEqual(
        (try? FilterExpression.parse("to=2026-07-01T17:30:05"))?.description, "before 2026-07-01 17:30:05")
    }
    TimeZoneOverride.run(Self.tokyo) {
      XCTAssertEqual(
        TimeWindow.between(from: 1_795_737_600_000, to: nil).description, "since 2026-11-27 09:00:00")
    }
  }

  /// A range of whole local days reads as the days typed, the last one included.
  func testTitleOfWholeDays() throws {
    let cases = [
      ("from=2026-11-27 to=2026-11-27", "2026-11-27"),
      ("from=2026-11-27 to=2026-11-29", "2026-11-27 to 2026-11-29"),
      ("since=2026-11-27", "since 2026-11-27"),
      ("to=2026-11-29", "through 2026-11-29"),
      ("from=2026-10-25 to=2026-10-25", "2026-10-25"),
    ]
    for zone in [Self.london, Self.newYork, Self.tokyo] {
      for (expression, title) in cases {
        XCTAssertEqual(try window(expression, in: zone).description(in: zone), title, "\(zone) \(expression)")
      }
    }
  }

  /// The prompt is pre-filled with `format`: local time with its offset, which parses back to the same filter in
  /// every zone, across clock changes and with milliseconds.
  func testFormatWritesLocalTimeAndParsesBack() throws {
    TimeZoneOverride.run(Self.london) {
      let filter = PostFilter(window: .between(from: 1_782_896_400_000, to: 1_782_898_205_123))
      XCTAssertEqual(
        FilterExpression.format(filter), "from=2026-07-01T10:00+01:00 to=2026-07-01T10:30:05.123+01:00")
      XCTAssertEqual(
        FilterExpression.format(PostFilter(window: .between(from: 1_795_737_600_000, to: nil))),
        "from=2026-11-27T00:00Z")
    }
    let instants: [EpochMillis] = [
      1_774_745_940_000, 1_774_747_800_000, 1_792_888_200_000, 1_792_891_800_000, 1_792_893_600_000,
      1_772_955_000_000, 1_793_511_000_000, 1_795_737_600_123, -1_000, 0, 4_102_444_800_999,
    ]
    for zone in [Self.london, Self.newYork, Self.tokyo, "UTC0", "<+0545>-5:45", "<-0330>3:30"] {
      for from in instants {
        for to in [nil, from + 1, from + 3_600_000, from + 86_400_000] {
          let filter = PostFilter(services: ["roads"], window: .between(from: from, to: to))
          let text = TimeZoneOverride.run(zone) { FilterExpression.format(filter) }
          XCTAssertEqual(try window(text, in: zone), filter.window, "\(zone): \(text)")
        }
      }
    }
  }
}

extension TimeWindow {
  fileprivate func description(in zone: String) -> String {
    TimeZoneOverride.run(zone) { description }
  }
}
