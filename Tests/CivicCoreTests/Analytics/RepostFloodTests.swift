import XCTest

@testable import CivicCore

/// A complaint passed on many times (retweets, boosts) is one person's complaint: it must not look like many
/// people complaining at once.
final class RepostFloodTests: XCTestCase {
  /// Six hours of steady traffic, then 200 reposts of one water complaint in 20 minutes (water usually has about
  /// 0.2 complaints a minute): no alert, and the reposts count as water posts but not as complaints. The same
  /// 200 posts as originals (200 people) do alert.
  func testRepostsOfOneComplaintRaiseNoAlert() {
    let floodStart = monday + 6 * hourMillis
    func run(kind: PostKind) -> (alerts: [Alert], row: ServiceRow?) {
      let feed = SyntheticFeed(start: monday, minutes: 8 * 60, seed: 3)
      let engine = AnalyticsEngine(services: feed.services)
      var flood = (0..<200).map { i in
        var post = makePost(at: floodStart + EpochMillis(i) * 6_000, service: "water", complaint: true)
        post.id = "flood\(i)"
        post.kind = kind
        return post
      }
      var events: [AlertEvent] = []
      for post in feed {
        while let next = flood.first, next.time <= post.time {
          events += engine.advance(to: next.time)
          engine.ingest(next)
          flood.removeFirst()
        }
        events += engine.advance(to: post.time)
        engine.ingest(post)
      }
      events += engine.advance(to: feed.end + hourMillis)
      let row = engine.serviceRows(window: .oneHour, now: floodStart + 30 * minuteMillis).first { $0.id == "water" }
      return (events.filter { $0.kind == .started }.map(\.alert), row)
    }
    let reposts = run(kind: .repost)
    XCTAssertEqual(reposts.alerts, [], "reposts of one complaint")
    let row = reposts.row
    XCTAssertGreaterThanOrEqual(row?.posts ?? 0, 200, "the reposts are water posts")
    XCTAssertLessThan(row?.complaints ?? 0, 50, "but not water complaints")
    XCTAssertEqual(run(kind: .original).alerts.map(\.service), ["water"], "200 people complaining do alert")
  }
}
