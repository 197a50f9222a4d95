import XCTest

@testable import CivicCore

final class SpikeAlertTests: XCTestCase {
  private func started(_ events: [AlertEvent]) -> [Alert] {
    events.filter { $0.kind == .started }.map(\.alert)
  }

  /// (a) 24 hours of steady Poisson traffic across the 21 services: at most one alert in total.
  func testSteadyTrafficRaisesAtMostOneAlert() {
    for seed: UInt64 in [1, 2] {
      let feed = SyntheticFeed(start: monday, minutes: 24 * 60, seed: seed)
      let engine = AnalyticsEngine(services: feed.services)
      let alerts = started(replay(feed, into: engine, until: feed.end + hourMillis))
      XCTAssertLessThanOrEqual(alerts.count, 1, "seed \(seed): \(alerts)")
    }
  }

  /// (b) The same feed plus 40 water complaints in 20 minutes: exactly one alert, for water, within 10 minutes
  /// of the incident's start, and it ends after the incident.
  func testInjectedIncidentRaisesOneTimelyAlertThatEnds() throws {
    let incidentStart = monday + 13 * hourMillis + 7 * minuteMillis
    let incident = SyntheticFeed.Incident(service: "water", start: incidentStart, minutes: 20, complaints: 40)
    for seed: UInt64 in [1, 2] {
      let feed = SyntheticFeed(start: monday, minutes: 24 * 60, seed: seed, incidents: [incident])
      let engine = AnalyticsEngine(services: feed.services)
      let events = replay(feed, into: engine, until: feed.end + hourMillis)
      let alerts = started(events)
      XCTAssertEqual(alerts.count, 1, "seed \(seed): \(alerts)")
      let alert = try XCTUnwrap(alerts.first)
      XCTAssertEqual(alert.service, "water")
      XCTAssertGreaterThanOrEqual(alert.start, incidentStart)
      XCTAssertLessThanOrEqual(alert.start, incidentStart + 10 * minuteMillis, "detected too late")
      let ended = try XCTUnwrap(events.last { $0.kind == .ended && $0.alert.id == alert.id }?.alert)
      let end = try XCTUnwrap(ended.end)
      XCTAssertGreaterThan(end, incidentStart + 20 * minuteMillis, "ends after the incident")
      XCTAssertLessThan(end, incidentStart + 80 * minuteMillis)
      XCTAssertGreaterThan(ended.complaints, Int(ended.expected * 3))
      // One episode: every event is about this alert, updates only raise the peak, one end.
      XCTAssertTrue(events.allSatisfy { $0.alert.id == alert.id })
      let peaks = events.filter { $0.kind == .updated }.map(\.alert.complaints)
      XCTAssertEqual(peaks, peaks.sorted())
      XCTAssertEqual(events.filter { $0.kind == .ended }.count, 1)
      XCTAssertEqual(ended.complaints, peaks.last ?? alert.complaints)
      XCTAssertEqual(engine.alertHistory.first?.id, alert.id)
      XCTAssertNotNil(engine.alertHistory.first?.end)
      XCTAssertTrue(engine.activeAlerts.isEmpty)
    }
  }

  /// (c) Several days with a daily rhythm (quiet night, morning rise, evening peak) and a quieter weekend,
  /// no incident: no alert.
  func testDailyAndWeeklyRhythmRaisesNoAlert() {
    // Friday to Monday: crosses weekday -> weekend -> weekday.
    let feed = SyntheticFeed(
      start: monday + 4 * 24 * hourMillis, minutes: 4 * 24 * 60, seed: 7, rhythm: .dailyAndWeekly)
    let engine = AnalyticsEngine(services: feed.services)
    let alerts = started(replay(feed, into: engine, until: feed.end + hourMillis))
    XCTAssertEqual(alerts.count, 0, "\(alerts)")
  }

  /// An incident during the morning rise of a rhythmic feed is still found.
  func testIncidentDuringMorningRiseIsFound() throws {
    let start = monday + 24 * hourMillis
    let incidentStart = start + 24 * hourMillis + 8 * hourMillis
    let feed = SyntheticFeed(
      start: start, minutes: 36 * 60, seed: 4, rhythm: .dailyAndWeekly,
      incidents: [SyntheticFeed.Incident(service: "drainage", start: incidentStart, minutes: 20, complaints: 40)])
    let engine = AnalyticsEngine(services: feed.services)
    let alerts = started(replay(feed, into: engine, until: feed.end + hourMillis))
    XCTAssertEqual(alerts.map(\.service), ["drainage"])
    let alert = try XCTUnwrap(alerts.first)
    XCTAssertLessThanOrEqual(alert.start - incidentStart, 10 * minuteMillis)
  }

  /// Three complaints where none are normal fire; a volume spike of the whole feed does not.
  func testLowCountsFireAndProportionalRiseDoesNot() {
    let services = [ServiceInfo(id: "libraries", name: "Libraries"), ServiceInfo(id: "waste", name: "Waste")]
    let engine = AnalyticsEngine(services: services)
    var events: [AlertEvent] = []
    var rng = SplitMix64(seed: 5)
    let t0 = monday
    for minute in 0..<(14 * 60) {
      let base = t0 + EpochMillis(minute) * minuteMillis
      events += engine.advance(to: base)
      // Waste: 10 posts a minute, ~40 % complaints; all volume doubles for the last two hours. Libraries: none.
      let level = minute >= 12 * 60 ? 2.0 : 1.0
      for i in 0..<rng.poisson(10 * level) {
        engine.ingest(makePost(at: base + EpochMillis(i * 500), service: "waste", complaint: rng.unit() < 0.4))
      }
      for i in 0..<rng.poisson(5 * level) {
        engine.ingest(makePost(at: base + EpochMillis(i * 700), service: nil, complaint: false))
      }
    }
    XCTAssertTrue(events.isEmpty, "a proportional rise of all traffic is not an incident: \(events)")
    let now = t0 + 14 * hourMillis
    for i in 0..<3 {
      engine.ingest(makePost(at: now + EpochMillis(i) * 1000, service: "libraries", complaint: true))
    }
    events = engine.advance(to: now + 2 * minuteMillis)
    XCTAssertEqual(events.map(\.kind), [.started])
    XCTAssertEqual(events.first?.alert.service, "libraries")
    XCTAssertEqual(events.first?.alert.complaints, 3)
    XCTAssertEqual(engine.activeAlerts.map(\.service), ["libraries"])
    XCTAssertEqual(
      engine.serviceRows(window: .fifteenMinutes, now: now).first { $0.id == "libraries" }?.alert, .low)
    // Taxonomy reload without the service: its alert ends with the next advance.
    engine.setServices([ServiceInfo(id: "waste", name: "Waste")])
    events = engine.advance(to: now + 3 * minuteMillis)
    XCTAssertEqual(events.map(\.kind), [.ended])
    XCTAssertEqual(events.first?.alert.service, "libraries")
    XCTAssertNotNil(events.first?.alert.end)
    XCTAssertTrue(engine.activeAlerts.isEmpty)
    XCTAssertEqual(engine.alertHistory.map(\.service), ["libraries"])
  }

  /// A rush that is the service's own (school run at 08:00-08:30 every day, 10x its usual complaints) may look
  /// like an incident on the first day, but the seasonal baseline (same hour on previous days) knows it after.
  func testOwnDailyPeakIsLearnedBySeasonalBaseline() {
    let services = [ServiceInfo(id: "schools", name: "Schools"), ServiceInfo(id: "roads", name: "Roads")]
    let engine = AnalyticsEngine(services: services)
    var rng = SplitMix64(seed: 21)
    var startedByDay: [Int: [String]] = [:]
    for minute in 0..<(4 * 1440) {
      let base = monday + EpochMillis(minute) * minuteMillis
      for event in engine.advance(to: base) where event.kind == .started {
        startedByDay[minute / 1440, default: []].append(event.alert.service)
      }
      let minuteOfDay = minute % 1440
      let schoolRun = minuteOfDay >= 8 * 60 && minuteOfDay < 8 * 60 + 30
      for i in 0..<rng.poisson(schoolRun ? 1.0 : 0.1) {
        engine.ingest(makePost(at: base + EpochMillis(i * 900), service: "schools", complaint: true))
      }
      for i in 0..<rng.poisson(10) {
        engine.ingest(makePost(at: base + EpochMillis(i * 400), service: "roads", complaint: rng.unit() < 0.3))
      }
    }
    XCTAssertNil(startedByDay[1], "day 2: \(startedByDay)")
    XCTAssertNil(startedByDay[2], "day 3: \(startedByDay)")
    XCTAssertNil(startedByDay[3], "day 4: \(startedByDay)")
  }

  func testStrayOldFirstPostDoesNotSkipWarmUp() {
    let engine = AnalyticsEngine(services: [ServiceInfo(id: "water", name: "Water")])
    engine.ingest(makePost(at: 0, service: "water", complaint: true))  // a record with a bogus 1970 time
    var events: [AlertEvent] = []
    for minute in 0..<30 {
      let base = monday + EpochMillis(minute) * minuteMillis
      events += engine.advance(to: base)
      for i in 0..<(minute < 20 ? 0 : 6) {
        engine.ingest(makePost(at: base + EpochMillis(i * 1000), service: "water", complaint: true))
      }
    }
    events += engine.advance(to: monday + 31 * minuteMillis)
    XCTAssertTrue(events.isEmpty, "no alert during the warm-up of the real data: \(events)")
    XCTAssertEqual(engine.firstMinute, monday / minuteMillis + 20)
  }

  func testPoissonTail() {
    XCTAssertEqual(PoissonTail.probabilityAtLeast(0, mean: 3), 1)
    XCTAssertEqual(PoissonTail.probabilityAtLeast(1, mean: 2), 1 - exp(-2), accuracy: 1e-12)
    // P(X >= 3 | 0.5) = 1 - e^-0.5 (1 + 0.5 + 0.125)
    XCTAssertEqual(PoissonTail.probabilityAtLeast(3, mean: 0.5), 1 - exp(-0.5) * 1.625, accuracy: 1e-12)
    XCTAssertGreaterThan(PoissonTail.probabilityAtLeast(130, mean: 120), 0.1, "130 where 120 are normal")
    XCTAssertLessThan(PoissonTail.probabilityAtLeast(3, mean: 0.02), 1e-5, "3 where ~0 are normal")
    XCTAssertEqual(PoissonTail.probabilityAtLeast(100, mean: 100), 0.51330, accuracy: 1e-4)
    XCTAssertGreaterThan(PoissonTail.probabilityAtLeast(5, mean: 1e9), 0.999)
    XCTAssertEqual(PoissonTail.probabilityAtLeast(5, mean: 0), 0)
  }
}
