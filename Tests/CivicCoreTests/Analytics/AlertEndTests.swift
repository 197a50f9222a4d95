import XCTest

@testable import CivicCore

/// A short burst must not hold its alert open for the length of the long window (which keeps it in view for
/// half an hour): once the burst is over the alert ends, and a later incident in the same service is a new alert
/// with its own start, whether it comes after the old alert has ended (35 minutes later) or while the calm that
/// ends it is being confirmed (20 minutes later).
final class AlertEndTests: XCTestCase {
  func testShortBurstEndsAndTheNextIncidentStartsItsOwnAlert() throws {
    for gap: Int64 in [20, 35] {
      try check(gapMinutes: gap, leadIn: false)
    }
    // The new incident's first minute raises the count above normal before it is enough to fire (as when it
    // begins late in a minute): that ends the calm, but the old alert still ends where the calm began.
    try check(gapMinutes: 20, leadIn: true)
  }

  private func check(gapMinutes gap: Int64, leadIn: Bool) throws {
    let first = monday + 10 * hourMillis + 4 * minuteMillis
    let second = first + gap * minuteMillis
    var incidents = [
      SyntheticFeed.Incident(service: "water", start: first, minutes: 2, complaints: 60),
      SyntheticFeed.Incident(service: "water", start: second, minutes: 5, complaints: 150),
    ]
    if leadIn {
      incidents.append(
        SyntheticFeed.Incident(service: "water", start: second - minuteMillis, minutes: 1, complaints: 8))
    }
    for seed: UInt64 in [1, 2, 3] {
      let feed = SyntheticFeed(
        start: monday + 8 * hourMillis, minutes: 2 * 60 + 10 + Int(gap), seed: seed, incidents: incidents)
      let engine = AnalyticsEngine(services: feed.services)
      let events = replay(feed, into: engine, until: second + 6 * minuteMillis)
      let water = events.filter { $0.alert.service == "water" }
      let starts = water.filter { $0.kind == .started }.map(\.alert)
      XCTAssertEqual(starts.count, 2, "gap \(gap) lead-in \(leadIn) seed \(seed): one alert per incident: \(starts)")
      let burst = try XCTUnwrap(starts.first)
      XCTAssertGreaterThanOrEqual(burst.start, first)
      let ended = try XCTUnwrap(
        water.last { $0.kind == .ended && $0.alert.id == burst.id }?.alert, "gap \(gap) lead-in \(leadIn) seed \(seed)")
      let end = try XCTUnwrap(ended.end)
      XCTAssertLessThanOrEqual(
        end, first + 15 * minuteMillis, "gap \(gap) lead-in \(leadIn) seed \(seed): ends once the burst is over")
      let incident = try XCTUnwrap(starts.last)
      XCTAssertNotEqual(incident.id, burst.id)
      XCTAssertGreaterThanOrEqual(
        incident.start, second - (leadIn ? minuteMillis : 0),
        "gap \(gap) lead-in \(leadIn) seed \(seed): 'since' is the new incident's start")
      XCTAssertLessThanOrEqual(incident.start, second + 5 * minuteMillis)
      XCTAssertEqual(engine.activeAlerts.map(\.id), [incident.id])
      XCTAssertEqual(engine.alertHistory.map(\.id), [incident.id, burst.id], "the burst is listed as past")
    }
  }
}
