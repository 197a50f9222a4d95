import XCTest

@testable import CivicCore

final class AnalyticsWindowTests: XCTestCase {
  private let services = [ServiceInfo(id: "water", name: "Water"), ServiceInfo(id: "roads", name: "Roads")]

  func testWindowsCountPostsComplaintsAndShare() {
    let engine = AnalyticsEngine(services: services)
    let now = monday + 10 * hourMillis
    // 2 posts (1 complaint) 5 minutes ago, 3 complaints 30 minutes ago, 4 posts 5 hours ago.
    engine.ingest(makePost(at: now - 5 * hourMillis, service: "water", complaint: false))
    for _ in 0..<3 { engine.ingest(makePost(at: now - 5 * hourMillis, service: "water", complaint: true)) }
    for _ in 0..<3 { engine.ingest(makePost(at: now - 30 * minuteMillis, service: "water", complaint: true)) }
    engine.ingest(makePost(at: now - 5 * minuteMillis, service: "water", complaint: true))
    engine.ingest(makePost(at: now - 5 * minuteMillis, service: "water", complaint: false))
    engine.ingest(makePost(at: now - 5 * minuteMillis, service: "roads", complaint: false))

    func water(_ window: AnalyticsWindow) -> ServiceRow? {
      engine.serviceRows(window: window, now: now).first { $0.id == "water" }
    }
    XCTAssertEqual(water(.fifteenMinutes)?.complaints, 1)
    XCTAssertEqual(water(.fifteenMinutes)?.posts, 2)
    XCTAssertEqual(water(.fifteenMinutes)?.share ?? -1, 0.5, accuracy: 1e-9)
    XCTAssertEqual(water(.oneHour)?.complaints, 4)
    XCTAssertEqual(water(.oneHour)?.posts, 5)
    XCTAssertEqual(water(.oneDay)?.complaints, 7)
    XCTAssertEqual(water(.oneDay)?.posts, 9)
    let roads = engine.serviceRows(window: .oneHour, now: now).first { $0.id == "roads" }
    XCTAssertEqual(roads?.posts, 1)
    XCTAssertEqual(roads?.complaints, 0)
    XCTAssertEqual(roads?.share, 0)
    XCTAssertEqual(engine.serviceRows(window: .oneHour, now: now).map(\.id), ["water", "roads"])
  }

  func testSparklineIsLastSixtyMinutesOldestFirst() {
    let engine = AnalyticsEngine(services: services)
    let now = monday + 2 * hourMillis + 30_000
    engine.ingest(makePost(at: now, service: "water", complaint: true))
    engine.ingest(makePost(at: now - 59 * minuteMillis, service: "water", complaint: true))
    engine.ingest(makePost(at: now - 59 * minuteMillis, service: "water", complaint: true))
    engine.ingest(makePost(at: now - 60 * minuteMillis, service: "water", complaint: true))
    engine.ingest(makePost(at: now - 10 * minuteMillis, service: "water", complaint: false))
    let line = engine.serviceRows(window: .oneHour, now: now).first { $0.id == "water" }?.sparkline ?? []
    XCTAssertEqual(line.count, 60)
    XCTAssertEqual(line.first, 2)
    XCTAssertEqual(line.last, 1)
    XCTAssertEqual(line.reduce(0, +), 3, "only complaints of the last 60 minutes, non-complaints excluded")
  }

  func testRingWrapsAroundAndLatePostsCountOnlyInTotals() {
    let engine = AnalyticsEngine(services: services)
    engine.ingest(makePost(at: monday, service: "water", complaint: true))
    XCTAssertEqual(engine.serviceRows(window: .fifteenMinutes, now: monday).first?.complaints, 1)
    // Exactly 24 hours later the same ring slot is reused for the new minute.
    let dayLater = monday + 24 * hourMillis
    engine.ingest(makePost(at: dayLater, service: "water", complaint: true))
    engine.ingest(makePost(at: dayLater, service: "water", complaint: true))
    XCTAssertEqual(engine.serviceRows(window: .fifteenMinutes, now: monday).first?.complaints, 0)
    XCTAssertEqual(engine.serviceRows(window: .fifteenMinutes, now: dayLater).first?.complaints, 2)
    // Older than the ring: counted in totals, not in buckets. 23 h 59 min old: still inside.
    engine.ingest(makePost(at: monday + 30_000, service: "water", complaint: true))
    engine.ingest(makePost(at: monday + minuteMillis, service: "water", complaint: true))
    XCTAssertEqual(engine.latePosts, 1)
    XCTAssertEqual(engine.totals(service: "water")?.complaints, 5)
    XCTAssertEqual(engine.serviceRows(window: .oneDay, now: dayLater).first?.complaints, 3)
    XCTAssertEqual(engine.serviceRows(window: .oneDay, now: dayLater).first?.posts, 3)
  }

  func testFuturePostsAreClampedToArrivalOrLastAdvance() {
    let engine = AnalyticsEngine(services: services)
    let now = monday + hourMillis
    engine.advance(to: now)
    engine.ingest(makePost(at: now + 3 * hourMillis, service: "water", complaint: true, arrival: now))
    engine.ingest(makePost(at: now + 2 * hourMillis, service: "water", complaint: true, arrival: now + 2 * hourMillis))
    XCTAssertEqual(engine.clampedFuturePosts, 2)
    XCTAssertEqual(engine.latestEventTime, now)
    XCTAssertEqual(engine.serviceRows(window: .fifteenMinutes, now: now).first?.complaints, 2)
    XCTAssertEqual(engine.headMinute, now / minuteMillis, "a future post does not drag event time along")
  }

  func testSetServicesKeepsDataOfRemainingIDs() {
    let engine = AnalyticsEngine(services: services)
    let now = monday + hourMillis
    engine.ingest(makePost(at: now, service: "water", complaint: true))
    engine.ingest(makePost(at: now, service: "roads", complaint: true))
    engine.setServices([ServiceInfo(id: "parks", name: "Parks"), ServiceInfo(id: "water", name: "Water supply")])
    let rows = engine.serviceRows(window: .oneHour, now: now)
    XCTAssertEqual(rows.map(\.id), ["parks", "water"])
    XCTAssertEqual(rows.map(\.complaints), [0, 1])
    XCTAssertEqual(rows.last?.name, "Water supply")
    XCTAssertNil(engine.totals(service: "roads"))
  }

  func testUnknownServicesAndEmptyEngineAreHandled() {
    let engine = AnalyticsEngine(services: [])
    XCTAssertTrue(engine.advance(to: monday).isEmpty)
    engine.ingest(makePost(at: monday, service: "nowhere", complaint: true))
    XCTAssertEqual(engine.unknownServiceMentions, 1)
    XCTAssertEqual(engine.volume(window: .oneHour, now: monday).posts, 1)
    XCTAssertTrue(engine.serviceRows(window: .oneHour, now: monday).isEmpty)
    XCTAssertTrue(engine.trending(now: monday, limit: 10).isEmpty)
    var edit = makePost(at: monday, service: nil, complaint: true)
    edit.isEdit = true
    engine.ingest(edit)
    XCTAssertEqual(engine.ignoredEdits, 1)
    XCTAssertEqual(engine.totalPosts, 1, "an edit is not a new post")
  }

  func testWindowCycleAndLabels() {
    XCTAssertEqual(AnalyticsWindow.allCases.map(\.label), ["15m", "1h", "24h"])
    XCTAssertEqual(AnalyticsWindow.oneDay.next, .fifteenMinutes)
    XCTAssertEqual(AnalyticsWindow.fifteenMinutes.next, .oneHour)
  }
}
