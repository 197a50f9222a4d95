import CivicCore
import CivicTestSupport
import XCTest

final class PostFilterTests: XCTestCase {
  private let now = FilterFixtures.midnight

  func testEmptyFilterPassesEverything() {
    let filter = PostFilter()
    XCTAssertTrue(filter.isEmpty)
    XCTAssertEqual(filter.description, "")
    XCTAssertTrue(filter.matches(FilterFixtures.post("1", complaint: false, minutesAgo: 10_000), state: nil, now: now))
  }

  func testServiceMatchesAnyOfThePostsServices() {
    let filter = PostFilter(services: ["water"])
    XCTAssertTrue(filter.matches(FilterFixtures.post("1", services: ["roads", "water"]), state: nil, now: now))
    XCTAssertFalse(filter.matches(FilterFixtures.post("2", services: ["waste"]), state: nil, now: now))
    XCTAssertFalse(filter.matches(FilterFixtures.post("3", services: []), state: nil, now: now))
  }

  func testComplaintsOnlyAndPlatform() {
    let filter = PostFilter(complaintsOnly: true, platforms: [.bluesky, .twitter])
    XCTAssertTrue(filter.matches(FilterFixtures.post("1", platform: .bluesky), state: nil, now: now))
    XCTAssertFalse(filter.matches(FilterFixtures.post("2", platform: .mastodon), state: nil, now: now))
    XCTAssertFalse(filter.matches(FilterFixtures.post("3", complaint: false, platform: .twitter), state: nil, now: now))
  }

  func testTriageStatusTreatsUnmarkedAsOpen() {
    let escalated = TriageState.reduce([FilterFixtures.mark(1, "1", .escalated, team: "roads")])
    let noteOnly = TriageState.reduce([FilterFixtures.mark(2, "2", .note, note: "called back")])
    let open = PostFilter(statuses: [.open])
    XCTAssertTrue(open.matches(FilterFixtures.post("0"), state: nil, now: now))
    XCTAssertTrue(open.matches(FilterFixtures.post("2"), state: noteOnly, now: now))
    XCTAssertFalse(open.matches(FilterFixtures.post("1"), state: escalated, now: now))
    XCTAssertTrue(PostFilter(statuses: [.escalated]).matches(FilterFixtures.post("1"), state: escalated, now: now))
  }

  func testTimeWindows() {
    let lastHour = PostFilter(window: .last(3_600_000))
    XCTAssertTrue(lastHour.matches(FilterFixtures.post("1", minutesAgo: 60), state: nil, now: now))
    XCTAssertFalse(lastHour.matches(FilterFixtures.post("2", minutesAgo: 61), state: nil, now: now))
    let range = PostFilter(window: .between(from: now - 600_000, to: now - 300_000))
    XCTAssertTrue(range.matches(FilterFixtures.post("3", minutesAgo: 10), state: nil, now: now))
    XCTAssertFalse(range.matches(FilterFixtures.post("4", minutesAgo: 5), state: nil, now: now), "end is exclusive")
    XCTAssertFalse(range.matches(FilterFixtures.post("5", minutesAgo: 11), state: nil, now: now))
    let open = PostFilter(window: .between(from: nil, to: now - 300_000))
    XCTAssertTrue(open.matches(FilterFixtures.post("6", minutesAgo: 100_000), state: nil, now: now))
  }

  func testApplyKeepsOrderOfMatchingPosts() {
    let posts = [
      FilterFixtures.post("a", services: ["water"]), FilterFixtures.post("b", services: ["roads"]),
      FilterFixtures.post("c", services: ["water"], complaint: false), FilterFixtures.post("d", services: ["water"]),
    ]
    let shown = PostFilter(services: ["water"], complaintsOnly: true).apply(to: posts, states: [:], now: now)
    XCTAssertEqual(shown.map(\.id), ["a", "d"])
  }

  func testDescriptionForPaneTitle() {
    XCTAssertEqual(
      PostFilter(services: ["water"], complaintsOnly: true, window: .last(3_600_000)).description,
      "water, complaints, last 1h")
    XCTAssertEqual(
      PostFilter(services: ["roads", "buses"], statuses: [.escalated], platforms: [.mastodon]).description,
      "buses+roads, escalated, mastodon")
    XCTAssertEqual(
      TimeZoneOverride.run("UTC0") { PostFilter(window: .between(from: now, to: now + 3_600_000)).description },
      "2026-11-27 00:00:00 to 2026-11-27 01:00:00")
  }
}
