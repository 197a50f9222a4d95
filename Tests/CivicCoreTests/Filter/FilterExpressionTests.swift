import CivicCore
import CivicTestSupport
import XCTest

final class FilterExpressionTests: XCTestCase {
  func testParsesEveryKind() throws {
    let filter = try FilterExpression.parse(
      "service=water complaints since=1h platform=mastodon,bluesky state=escalated,not-complaint")
    XCTAssertEqual(filter.services, ["water"])
    XCTAssertTrue(filter.complaintsOnly)
    XCTAssertEqual(filter.window, .last(3_600_000))
    XCTAssertEqual(filter.platforms, [.mastodon, .bluesky])
    XCTAssertEqual(filter.statuses, [.escalated, .notComplaint])
  }

  /// Offset-less times are local (see `LocalFilterTimeTests`); here the local zone is UTC.
  func testColonAndCaseAndFromTo() throws {
    try TimeZoneOverride.run("UTC0") {
      let filter = try FilterExpression.parse("SERVICE:Roads  from=2026-11-27T09:00 to=2026-11-27T17:00Z")
      XCTAssertEqual(filter.services, ["roads"])
      XCTAssertEqual(filter.window, .between(from: 1_795_770_000_000, to: 1_795_798_800_000))
      XCTAssertEqual(
        try FilterExpression.parse("since=2026-11-27").window, .between(from: 1_795_737_600_000, to: nil))
    }
  }

  func testEmptyAndAllClear() throws {
    XCTAssertTrue(try FilterExpression.parse("").isEmpty)
    XCTAssertTrue(try FilterExpression.parse("service=water all").isEmpty)
  }

  /// `:filter` is pre-filled with the current filter (`FilterExpression.format`); "all" typed after it clears
  /// the whole of it, its time range included, and terms after "all" still apply.
  func testAllAfterATimeRangeClearsIt() throws {
    let current = PostFilter(services: ["water"], window: .between(from: 1_795_770_000_000, to: 1_795_798_800_000))
    XCTAssertTrue(try FilterExpression.parse(FilterExpression.format(current) + " all").isEmpty)
    XCTAssertTrue(try FilterExpression.parse("since=2026-11-27T09:00 clear").isEmpty)
    XCTAssertEqual(
      try FilterExpression.parse("from=2026-11-27T09:00 all to=2026-11-27T17:00Z").window,
      .between(from: nil, to: 1_795_798_800_000))
  }

  func testErrorsNameTheTerm() {
    let cases: [(String, String)] = [
      ("colour=red", "unknown key 'colour'"),
      ("platform=myspace", "unknown platform 'myspace'"),
      ("state=urgent", "unknown state 'urgent'"),
      ("since=yesterday", "expected a duration"),
      ("from=monday", "expected an ISO 8601 time"),
      ("service=", "missing value"),
      ("bins", "unknown word"),
      ("from=2026-11-27T10:00 to=2026-11-27T09:00", "not after its start"),
    ]
    for (text, expected) in cases {
      XCTAssertThrowsError(try FilterExpression.parse(text), text) { error in
        let message = String(describing: error)
        XCTAssertTrue(message.contains(expected), "\(text): \(message)")
      }
    }
  }

  func testTheMessageNamesTheTermAtFaultFirst() {
    // The status bar of an 80-column terminal cuts a long reason: the term must come before it.
    XCTAssertThrowsError(try FilterExpression.parse("complaints ((((")) { error in
      XCTAssertTrue(String(describing: error).hasPrefix("filter '((((': unknown word"), "\(error)")
    }
    XCTAssertThrowsError(try FilterExpression.parse("since=abc")) { error in
      XCTAssertTrue(String(describing: error).hasPrefix("filter 'since=abc': expected a duration"), "\(error)")
    }
  }

  func testKnownServicesAreChecked() {
    XCTAssertThrowsError(try FilterExpression.parse("service=watr", knownServices: ["water", "roads"])) { error in
      XCTAssertEqual((error as? QueryError)?.reason, "unknown service 'watr' (known: roads, water)")
    }
    XCTAssertNoThrow(try FilterExpression.parse("service=water", knownServices: ["water"]))
  }

  func testFormatParsesBack() throws {
    let filters = [
      PostFilter(services: ["water", "roads"], complaintsOnly: true, window: .last(5_400_000)),
      PostFilter(statuses: [.open, .handled], platforms: [.twitter]),
      PostFilter(window: .between(from: 1_795_770_000_123, to: nil)),
      PostFilter(window: .between(from: 1_795_770_000_000, to: 1_795_798_800_000)),
    ]
    for filter in filters {
      XCTAssertEqual(try FilterExpression.parse(FilterExpression.format(filter)), filter)
    }
    XCTAssertEqual(FilterExpression.format(PostFilter()), "")
  }
}
