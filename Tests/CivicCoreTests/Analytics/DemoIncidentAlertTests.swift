import XCTest

@testable import CivicCore

/// `watch --demo --demo-incident-now`: the history filled in at start-up (seed 1) holds a bus incident about 20
/// minutes before "now", routed by the built-in classifier to buses and rail. Those alerts must end (listed as
/// past) and the injected incident must raise new alerts dated from its own start, not continue the old ones.
final class DemoIncidentAlertTests: XCTestCase {
  func testInjectedIncidentStartsNewAlertsAfterTheHistorysAlertsEnd() throws {
    let classifier = PostClassifier(router: .builtIn, scorer: ComplaintModel.builtIn, explain: false)
    let engine = AnalyticsEngine(services: Taxonomy.builtIn.services.map { ServiceInfo(id: $0.id, name: $0.name) })
    // A fixed clock, as `DemoDriver.run` does it: 90 minutes of history at 5 posts/s, then the live posts
    // (three of each during the major incident), the engine advanced every second like the dashboard's frames.
    let start: EpochMillis = 1_779_999_960_000 + 36_000  // 36 s into a minute
    let rate = 5.0
    var feed = DemoFeed(seed: 1)
    let plan = DemoDriver.historyPlan(rate: rate, minutes: 90)
    var history = feed.history(from: start - Int64(plan.minutes) * 60_000, to: start, count: plan.count)
    for i in history.indices { classifier.classify(&history[i]) }
    for post in history { engine.ingest(post) }
    var events = engine.advance(to: start)
    feed.scheduleIncident(at: start, major: true)
    let interval = EpochMillis(1000 / rate)
    var time = start
    while time < start + 8 * 60_000 {
      for _ in 0..<(time < start + DemoDriver.majorIncidentMillis ? 3 : 1) {
        var post = feed.next(at: time)
        classifier.classify(&post)
        engine.ingest(post)
      }
      time += interval
      if time % 1000 == 0 { events += engine.advance(to: time) }
    }

    let fresh = engine.activeAlerts.filter { $0.start >= start }
    let hit = Set(fresh.map(\.service))
    XCTAssertTrue(hit.contains("buses"), "the incident raises a buses alert: \(engine.activeAlerts)")
    let buses = try XCTUnwrap(fresh.first { $0.service == "buses" })
    XCTAssertLessThanOrEqual(buses.start, start + 2 * 60_000, "'since' is the incident's start (its first minute)")
    let old = engine.alertHistory.filter { $0.start < start && hit.contains($0.service) }
    XCTAssertFalse(old.isEmpty, "the history holds alerts of these services (the case QA found)")
    for alert in old {
      let end = try XCTUnwrap(alert.end, "\(alert.service) from the history still open: \(alert)")
      XCTAssertLessThanOrEqual(end, start, "\(alert.service) ended in the history's calm")
      XCTAssertTrue(events.contains { $0.kind == .ended && $0.alert.id == alert.id })
    }
    XCTAssertEqual(engine.activeAlerts.filter { hit.contains($0.service) }.map(\.id).sorted(), fresh.map(\.id).sorted())
  }
}
