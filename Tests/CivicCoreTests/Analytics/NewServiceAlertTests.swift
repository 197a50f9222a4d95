import XCTest

@testable import CivicCore

/// A service added by a taxonomy reload has no history: its usual traffic must not pass for a spike against the
/// empty hours before it existed.
final class NewServiceAlertTests: XCTestCase {
  /// Six hours with buses unknown to the taxonomy (its posts count in the volume only), then a reload adds buses
  /// (0.9 complaints a minute, as before): no alert in the three hours after. A real incident on buses four hours
  /// after the reload is still found.
  func testServiceAddedByReloadIsObservedBeforeItCanAlert() throws {
    let reload = monday + 6 * hourMillis
    let incidentStart = reload + 4 * hourMillis
    for seed: UInt64 in [1, 2, 5] {
      let feed = SyntheticFeed(
        start: monday, minutes: 11 * 60, seed: seed,
        incidents: [SyntheticFeed.Incident(service: "buses", start: incidentStart, minutes: 20, complaints: 60)])
      let engine = AnalyticsEngine(services: feed.services.filter { $0.id != "buses" })
      var events: [AlertEvent] = []
      var reloaded = false
      for post in feed {
        if !reloaded && post.time >= reload {
          engine.setServices(feed.services)
          reloaded = true
        }
        events += engine.advance(to: post.time)
        engine.ingest(post)
      }
      events += engine.advance(to: feed.end + hourMillis)
      let started = events.filter { $0.kind == .started }.map(\.alert)
      XCTAssertEqual(started.filter { $0.start < incidentStart }, [], "seed \(seed): no alert before the incident")
      let found = try XCTUnwrap(started.first { $0.service == "buses" }, "\(started)")
      XCTAssertLessThanOrEqual(found.start, incidentStart + 15 * minuteMillis)
    }
  }
}
