import CivicTestSupport
import XCTest

@testable import CivicCore

final class DemoFeedTests: XCTestCase {
  private let start: EpochMillis = 1_780_000_000_000

  private func posts(seed: UInt64, count: Int, stepMillis: Int64 = 200) -> [Post] {
    var feed = DemoFeed(seed: seed)
    return (0..<count).map { feed.next(at: start + Int64($0) * stepMillis) }
  }

  func testSameSeedGivesTheSamePosts() {
    let a = posts(seed: 42, count: 2_000)
    let b = posts(seed: 42, count: 2_000)
    XCTAssertEqual(a, b)
    let c = posts(seed: 43, count: 2_000)
    XCTAssertNotEqual(a.map(\.text), c.map(\.text))
  }

  func testVarietyOfServicesAuthorsToneAndScripts() {
    let all = posts(seed: 7, count: 5_000)
    let services = Set(all.compactMap(\.primaryService))
    XCTAssertEqual(services, Set(DemoFeed.services.map(\.id)), "every service appears")
    XCTAssertGreaterThanOrEqual(Set(all.map(\.authorHandle)).count, 30)
    let complaints = all.filter(\.complaint).count
    XCTAssertGreaterThan(complaints, all.count / 3)
    XCTAssertLessThan(complaints, all.count * 9 / 10, "praise, questions and announcements too")
    XCTAssertTrue(all.contains { $0.text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } }, "Chinese")
    XCTAssertTrue(all.contains { $0.text.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) } }, "Urdu")
    XCTAssertTrue(all.contains { $0.language == "cy" }, "Welsh")
    XCTAssertTrue(all.contains { $0.language == "pl" }, "Polish")
    XCTAssertTrue(all.contains { $0.text.unicodeScalars.contains { $0.properties.isEmojiPresentation } }, "emoji")
    XCTAssertGreaterThan(all.filter { !$0.hashtags.isEmpty }.count, all.count / 4)
    XCTAssertTrue(all.allSatisfy { post in post.hashtags.allSatisfy { post.text.contains("#" + $0) } })
    XCTAssertFalse(all.contains { $0.text.contains("{") }, "every placeholder is filled")
    XCTAssertEqual(Set(all.map(\.id)).count, all.count, "ids are unique")
  }

  func testIncidentBurstsDominateAServiceForAWhile() {
    // Ten minutes at 5 posts a second.
    let all = posts(seed: 3, count: 3_000)
    var perMinute: [Int64: [String: Int]] = [:]
    for post in all {
      perMinute[(post.time - start) / 60_000, default: [:]][post.primaryService ?? "", default: 0] += 1
    }
    let burstMinutes = perMinute.values.filter { counts in
      let total = counts.values.reduce(0, +)
      return (counts.values.max() ?? 0) * 3 > total
    }
    XCTAssertGreaterThanOrEqual(burstMinutes.count, 2, "at least one incident in ten minutes")
    XCTAssertLessThan(burstMinutes.count, perMinute.count, "and quiet spells between")
  }

  func testMajorIncidentTakesMostPostsForFiveMinutes() {
    var feed = DemoFeed(seed: 5)
    _ = feed.history(from: start - 3_600_000, to: start, count: 3_600)
    feed.scheduleIncident(at: start, major: true)
    var perMinute: [Int64: [String: Int]] = [:]
    for i in 0..<(7 * 60 * 10) {
      let post = feed.next(at: start + Int64(i) * 100)
      perMinute[Int64(i) / 600, default: [:]][post.primaryService ?? "", default: 0] += 1
    }
    let leader = perMinute[0]?.max { $0.value < $1.value }?.key
    for minute: Int64 in 0..<5 {
      let counts = perMinute[minute] ?? [:]
      XCTAssertGreaterThan(counts[leader ?? ""] ?? 0, 600 * 3 / 4, "minute \(minute): \(counts)")
    }
    let after = perMinute[6] ?? [:]
    XCTAssertLessThan(after[leader ?? ""] ?? 0, 600 * 3 / 4, "over after five minutes: \(after)")
  }

  func testHistoryIsSpreadOverTheRange() {
    var feed = DemoFeed(seed: 1)
    let history = feed.history(from: start - 3_600_000, to: start, count: 360)
    XCTAssertEqual(history.count, 360)
    XCTAssertEqual(history.first?.time, start - 3_600_000)
    XCTAssertLessThan(history.last?.time ?? .max, start)
    XCTAssertEqual(history.map(\.time), history.map(\.time).sorted())
  }

  func testHistoryPlanKeepsTheLiveRate() {
    XCTAssertEqual(DemoDriver.historyPlan(rate: 5, minutes: 60).minutes, 60)
    XCTAssertEqual(DemoDriver.historyPlan(rate: 5, minutes: 60).count, 18_000, "5 posts a second for an hour")
    XCTAssertEqual(DemoDriver.historyPlan(rate: 0.5, minutes: 60).count, 1_800)
    // Too fast for a whole hour under the cap: fewer minutes, same rate.
    let fast = DemoDriver.historyPlan(rate: 100, minutes: 60)
    XCTAssertEqual(fast.minutes, 10)
    XCTAssertEqual(fast.count, 60_000)
    XCTAssertLessThanOrEqual(DemoDriver.historyPlan(rate: 100_000, minutes: 60).count, DemoDriver.maxHistoryPosts)
    XCTAssertEqual(DemoDriver.historyPlan(rate: 0, minutes: 60).count, 0)
    XCTAssertEqual(DemoDriver.historyPlan(rate: 5, minutes: 0).count, 0)
  }

  func testDriverFillsTheLast90MinutesAtTheLiveRateBeforeTheFirstLivePost() {
    final class Batches: @unchecked Sendable {
      let lock = NSLock()
      var all: [[Post]] = []
    }
    let batches = Batches()
    let driver = DemoDriver(seed: 7, rate: 5, sink: { posts in batches.lock.withLock { batches.all.append(posts) } })
    let beforeStart = EpochMillis((Date().timeIntervalSince1970 * 1000).rounded(.down))
    driver.start()
    defer { driver.stop() }
    waitFor("the history and a live batch") { batches.lock.withLock { batches.all.count >= 2 } }
    let (history, live) = batches.lock.withLock { (batches.all[0], batches.all[1]) }
    XCTAssertEqual(history.count, 27_000)
    let firstLive = live.first?.time ?? 0
    XCTAssertLessThan(history.last?.time ?? .max, firstLive)
    // Every minute before has about the live rate (300 a minute), not a fraction of it.
    var perMinute: [Int64: Int] = [:]
    let first = history.first?.time ?? 0
    // The history spans the 90 minutes before the driver's start. The first live post may be stamped later than
    // that start when making the history took longer than a second (a loaded machine), so bound the history by
    // the clock read before start, not by the first live post.
    XCTAssertGreaterThanOrEqual(first, beforeStart - 5_400_000, "the history covers the last 90 minutes")
    XCTAssertLessThanOrEqual((history.last?.time ?? 0) - first, 5_400_000, "the history spans 90 minutes at most")
    for post in history { perMinute[(post.time - first) / 60_000, default: 0] += 1 }
    XCTAssertEqual(perMinute.count, 90)
    XCTAssertTrue(perMinute.values.allSatisfy { (290...310).contains($0) }, "\(perMinute.values.sorted())")
  }

  func testRandomIsStable() {
    var r = DemoRandom(seed: 99)
    let first = (0..<5).map { _ in r.next() }
    var again = DemoRandom(seed: 99)
    XCTAssertEqual(first, (0..<5).map { _ in again.next() })
    XCTAssertEqual(Set(first).count, 5)
    var bounded = DemoRandom(seed: 1)
    XCTAssertTrue((0..<1000).allSatisfy { _ in (0..<7).contains(bounded.below(7)) })
  }

  /// Triage marks are stored by post id; a demo post's id once was "demo-N" whatever the seed, so a mark made on
  /// post N of one seed showed on post N of another. Dashboards started with the same seed still share ids, so
  /// officers on one server see each other's marks on the demo (TwoDashboardsTriageTests).
  func testPostIdsDifferAcrossSeedsAndRepeatForTheSameSeed() {
    func ids(seed: UInt64, start: EpochMillis) -> [String] {
      var feed = DemoFeed(seed: seed)
      return feed.history(from: start, to: start + 600_000, count: 200).map(\.id)
    }
    let start: EpochMillis = 1_795_000_000_000
    XCTAssertEqual(ids(seed: 1, start: start), ids(seed: 1, start: start + 1_500), "same seed, a moment later")
    XCTAssertEqual(Set(ids(seed: 1, start: start)).count, 200, "unique within a run")
    XCTAssertTrue(Set(ids(seed: 1, start: start)).isDisjoint(with: ids(seed: 2, start: start)), "another seed")
  }
}
