import XCTest

@testable import CivicCore

/// A spike alert says many people are complaining: one account posting forty complaints in ten minutes must not
/// raise one, whatever path counts the posts (the dashboard and `watch --headless` post by post, `report` in runs).
final class OneAccountBurstTests: XCTestCase {
  /// Libraries: about 0.04 complaints a minute in the synthetic feed, so a handful of people is already news.
  private let service = "libraries"
  private let burstStart = monday + 3 * hourMillis

  /// Forty complaints, one every 15 s from `burstStart`, by `authors(i)`.
  private func burst(_ count: Int = 40, offset: EpochMillis = 0, authors: (Int) -> String) -> [Post] {
    (0..<count).map { i in
      var post = makePost(
        at: burstStart + offset + EpochMillis(i) * 15_000, service: service, complaint: true, author: authors(i))
      post.id = "burst-\(offset)-\(i)"
      return post
    }
  }

  /// Four quiet hours with `extra` mixed in by time: the alerts about `service` as the dashboard (advance and
  /// ingest post by post) and as `report` (`AlertReplay`, in batches) find them, which must agree, and the
  /// dashboard's engine for a look at its counts.
  private func alerts(with extra: [Post]) -> (alerts: [Alert], engine: AnalyticsEngine) {
    let feed = SyntheticFeed(start: monday, minutes: 4 * 60, seed: 7)
    let posts = (Array(feed) + extra).sorted { $0.time < $1.time }
    let engine = AnalyticsEngine(services: feed.services)
    var live: [Int: Alert] = [:]
    for post in posts {
      for event in engine.advance(to: post.time) { live[event.alert.id] = event.alert }
      engine.ingest(post)
    }
    for event in engine.advance(to: feed.end + hourMillis) { live[event.alert.id] = event.alert }
    let replay = AlertReplay(services: feed.services)
    for start in stride(from: 0, to: posts.count, by: 300) {
      replay.add(contentsOf: Array(posts[start..<min(start + 300, posts.count)]))
    }
    let report = replay.finish().filter { $0.service == service }
    let dashboard = live.values.sorted { $0.id < $1.id }.filter { $0.service == service }
    XCTAssertEqual(report.map(\.start), dashboard.map(\.start), "report and dashboard agree")
    XCTAssertEqual(report.map(\.complaints), dashboard.map(\.complaints), "report and dashboard agree")
    return (dashboard, engine)
  }

  func testOneAccountsBurstRaisesNoAlert() throws {
    let (alerts, engine) = alerts(with: burst { _ in "angry_neighbour" })
    XCTAssertEqual(alerts, [], "one account, forty complaints")
    // The services pane counts what detection counts: the account once; every post still counts as a post, and
    // the all-time totals count every complaint.
    let row = try XCTUnwrap(
      engine.serviceRows(window: .fifteenMinutes, now: burstStart + 10 * minuteMillis).first { $0.id == service })
    XCTAssertGreaterThanOrEqual(row.posts, 40)
    XCTAssertLessThan(row.complaints, 5)
    XCTAssertGreaterThanOrEqual(engine.totals(service: service)?.complaints ?? 0, 40)
  }

  func testTheSameBurstFromManyAccountsAlerts() throws {
    let (alerts, _) = alerts(with: burst { "resident\($0)" })
    XCTAssertEqual(alerts.count, 1, "forty residents")
    let alert = try XCTUnwrap(alerts.first)
    XCTAssertLessThanOrEqual(alert.start, burstStart + 5 * minuteMillis)
    XCTAssertGreaterThanOrEqual(alert.complaints, 38)
  }

  /// Posts with no author (plain text, CSV without an author column) count as before: each one.
  func testPostsWithoutAnAuthorCountEach() {
    XCTAssertEqual(alerts(with: burst { _ in "" }).alerts.count, 1)
  }

  /// The loud account counts as one voice among the others: with two residents it is three complaints (usual
  /// noise for ten minutes of a quiet service); with eight it is nine, an alert that counts it once.
  func testOneLoudAccountAmongResidentsCountsOnce() throws {
    let loud = burst { _ in "angry_neighbour" }
    let few = burst(2, offset: 7_000) { "resident\($0)" }
    XCTAssertEqual(alerts(with: loud + few).alerts, [], "one account and two residents")

    let several = burst(8, offset: 7_000) { "resident\($0)" }
    let quiet = try XCTUnwrap(alerts(with: several).alerts.first, "eight residents alone alert")
    let mixed = try XCTUnwrap(alerts(with: loud + several).alerts.first, "with the loud account too")
    XCTAssertEqual(mixed.complaints, quiet.complaints + 1, "the loud account counts once")
  }

  /// An account that keeps at it counts again once the longest tested window (30 minutes) has passed since it
  /// last counted: a complaint each half hour, never two in one window.
  func testAnAccountCountsOncePerWindowSpan() throws {
    let engine = AnalyticsEngine(services: [ServiceInfo(id: service, name: "Libraries")])
    let span = Int64(engine.config.spike.longWindowMinutes)
    for minute in 0..<(3 * span) {
      engine.ingest(
        makePost(at: monday + minute * minuteMillis, service: service, complaint: true, author: "angry_neighbour"))
    }
    let now = monday + (3 * span - 1) * minuteMillis
    let row = try XCTUnwrap(engine.serviceRows(window: .oneDay, now: now).first)
    XCTAssertEqual(row.posts, Int(3 * span))
    XCTAssertEqual(row.complaints, 3, "one in each half hour")
    XCTAssertEqual(engine.totals(service: service)?.complaints, Int(3 * span))
    XCTAssertEqual(row.sparkline.filter { $0 > 0 }.count, 2, "minutes 30 and 60 of the last hour")
  }

  /// The table of accounts is fixed in size: tens of thousands of accounts do not grow it; an account pushed out
  /// by them can count again (as before this rule), one still held cannot.
  func testTheAccountTableHasAFixedSize() throws {
    let engine = AnalyticsEngine(services: [ServiceInfo(id: service, name: "Libraries")])
    let capacity = engine.voiceTableSize
    XCTAssertEqual(capacity, VoiceTable.capacity)
    func complaint(_ author: String, second: Int64) {
      engine.ingest(makePost(at: monday + second * 1_000, service: service, complaint: true, author: author))
    }
    complaint("early", second: 0)
    for i in 0..<(3 * capacity) { complaint("a\(i)", second: 1) }
    XCTAssertEqual(engine.voiceTableSize, capacity, "no growth")
    complaint("early", second: 2)
    complaint("a\(3 * capacity - 1)", second: 2)
    let row = try XCTUnwrap(engine.serviceRows(window: .fifteenMinutes, now: monday).first)
    XCTAssertEqual(row.complaints, 1 + 3 * capacity + 1, "the early account again, not the last one")
  }
}
