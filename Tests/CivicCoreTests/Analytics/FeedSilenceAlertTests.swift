import XCTest

@testable import CivicCore

/// Hours in which nothing at all came in (the feed was down, or a small feed's quiet night) are not quiet hours
/// of each service: when the feed comes back at its usual rate, nothing alerts.
final class FeedSilenceAlertTests: XCTestCase {
  /// Eight hours of the synthetic feed, then silence (no post at all) for 13 or 23 hours, then four hours at the
  /// same rates: no alert. (Silences over a day restart observation: another rule, tested elsewhere.)
  func testUsualTrafficAfterASilenceOfHoursRaisesNoAlert() {
    for silenceHours: EpochMillis in [13, 23] {
      let resume = monday + (8 + silenceHours) * hourMillis
      let feed = SyntheticFeed(start: monday, minutes: Int(12 + silenceHours) * 60, seed: 1)
      let engine = AnalyticsEngine(services: feed.services)
      var events: [AlertEvent] = []
      for post in feed where post.time < monday + 8 * hourMillis || post.time >= resume {
        events += engine.advance(to: post.time)
        engine.ingest(post)
      }
      events += engine.advance(to: feed.end + hourMillis)
      let started = events.filter { $0.kind == .started }.map { "\($0.alert.service) \($0.alert.complaints)" }
      XCTAssertEqual(started, [], "after \(silenceHours) silent hours")
    }
  }
}
