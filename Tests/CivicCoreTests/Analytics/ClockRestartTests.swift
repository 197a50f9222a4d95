import XCTest

@testable import CivicCore

/// `restartClock()`: what a live caller does when the system clock was set back.
final class ClockRestartTests: XCTestCase {
  /// Six hours of steady traffic with a water incident at the end (an active alert), then the clock is set back a
  /// day: the alert ends at the last advance, the history keeps it, the counts start empty, and posts on the new
  /// clock count in its windows at once.
  func testRestartEndsActiveAlertsKeepsHistoryAndCountsFromTheNewClock() {
    let feed = SyntheticFeed(start: monday, minutes: 6 * 60, seed: 5)
    let engine = AnalyticsEngine(services: feed.services)
    var events = replay(feed, into: engine, until: feed.end)
    let burst = feed.end
    for i in 0..<40 {
      var post = makePost(at: burst + EpochMillis(i) * 3_000, service: "water", complaint: true)
      post.id = "burst\(i)"
      engine.ingest(post)
    }
    events += engine.advance(to: burst + 5 * minuteMillis)
    XCTAssertEqual(engine.activeAlerts.map(\.service), ["water"])
    let last = burst + 5 * minuteMillis

    let setBack = last - 24 * hourMillis
    XCTAssertFalse(engine.clockSetBack(now: last - 4 * minuteMillis), "a correction of minutes is absorbed")
    XCTAssertTrue(engine.clockSetBack(now: setBack))
    let ended = engine.restartClock()
    XCTAssertEqual(ended.map(\.kind), [.ended])
    XCTAssertEqual(ended.first?.alert.service, "water")
    XCTAssertEqual(ended.first?.alert.end, last)
    XCTAssertEqual(engine.activeAlerts, [])
    XCTAssertEqual(engine.alertHistory.map(\.service), ["water"], "the history keeps the alert")
    XCTAssertEqual(engine.totalPosts, 0)
    XCTAssertFalse(engine.clockSetBack(now: setBack))

    engine.ingest(makePost(at: setBack - 30_000, service: "waste", complaint: true))
    _ = engine.advance(to: setBack)
    let rows = engine.serviceRows(window: .oneHour, now: setBack).filter { $0.posts > 0 }
    XCTAssertEqual(rows.map(\.id), ["waste"])
    XCTAssertEqual(rows.first?.complaints, 1)
    XCTAssertEqual(
      AnalyticsEngine.clockSetBackNotice(by: last - setBack), "system clock set back 24 h: counts and alerts restarted")
    XCTAssertEqual(
      AnalyticsEngine.clockSetBackNotice(by: 7 * minuteMillis),
      "system clock set back 7 min: counts and alerts restarted")
  }
}
