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

  func testHistoryIsSpreadOverTheRange() {
    var feed = DemoFeed(seed: 1)
    let history = feed.history(from: start - 3_600_000, to: start, count: 360)
    XCTAssertEqual(history.count, 360)
    XCTAssertEqual(history.first?.time, start - 3_600_000)
    XCTAssertLessThan(history.last?.time ?? .max, start)
    XCTAssertEqual(history.map(\.time), history.map(\.time).sorted())
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
}
