import XCTest

@testable import CivicCore

final class TrendingTests: XCTestCase {
  func testSpaceSavingGuarantees() {
    // A skewed stream: item k appears about N / (k + 1) times (Zipf), plus many singletons.
    var stream: [Int] = []
    for k in 0..<200 { stream += Array(repeating: k, count: 2000 / (k + 1)) }
    stream += Array(100_000..<120_000)
    var rng = SplitMix64(seed: 11)
    stream.shuffle(using: &rng)
    var exact: [Int: Int] = [:]
    var summary = SpaceSaving<Int>(capacity: 100)
    for item in stream {
      exact[item, default: 0] += 1
      summary.add(item)
    }
    XCTAssertEqual(summary.total, stream.count)
    XCTAssertEqual(summary.count, 100)
    let bound = stream.count / summary.capacity
    XCTAssertLessThanOrEqual(summary.minimumCount, bound)
    for (item, count) in exact {
      if count > bound {
        XCTAssertNotNil(summary.estimate(item), "item \(item) with \(count) > N/m must be kept")
      }
      if let estimate = summary.estimate(item) {
        XCTAssertGreaterThanOrEqual(estimate.count, count, "never under-counts")
        XCTAssertLessThanOrEqual(estimate.count - count, estimate.error, "over-count within its error")
        XCTAssertLessThanOrEqual(estimate.error, bound)
      }
    }
    XCTAssertEqual(summary.top(3).map(\.key), [0, 1, 2])
  }

  /// `count` uses of `tag` in `minute` (from `start`), `spacing` ms apart, each by its own author.
  private func use(
    _ tag: (Int) -> String, _ count: Int, minute: Int, from start: EpochMillis, spacing: Int,
    in engine: AnalyticsEngine
  ) {
    let base = start + EpochMillis(minute) * minuteMillis
    for i in 0..<count {
      let author = "\(tag(0).lowercased())-\(minute)-\(i)"
      engine.ingest(
        makePost(at: base + EpochMillis(i * spacing), service: nil, complaint: false, tags: [tag(i)], author: author))
    }
  }

  func testNewFastRisingTagRanksAboveBigSteadyTag() {
    let engine = AnalyticsEngine(services: [])
    let start = monday + 9 * hourMillis
    // #Bins: 20 uses a minute for 3 hours. #watermain: nothing, then 8 a minute in the last 10 minutes.
    // #parking: steady 10 a minute, then falls to 1 a minute for the last 20 minutes.
    for minute in 0..<180 {
      use({ _ in "Bins" }, 20, minute: minute, from: start, spacing: 1000, in: engine)
      use({ _ in "parking" }, minute < 160 ? 10 : 1, minute: minute, from: start, spacing: 1500, in: engine)
      if minute >= 170 {
        use({ $0 % 4 == 0 ? "WaterMain" : "watermain" }, 8, minute: minute, from: start, spacing: 2000, in: engine)
      }
    }
    let now = start + 180 * minuteMillis - 1
    let top = engine.trending(now: now, limit: 10)
    XCTAssertEqual(top.first?.tag, "watermain", "shown in its most common casing")
    XCTAssertEqual(top.first?.direction, .rising)
    XCTAssertEqual(top.first?.count, 80)
    let bins = top.first { $0.tag == "Bins" }
    XCTAssertEqual(bins?.direction, .steady)
    XCTAssertEqual(bins?.count, 1200, "count in the last hour")
    XCTAssertEqual(top.first { $0.tag == "parking" }?.direction, .falling)
    XCTAssertEqual(top.map(\.tag), ["watermain", "Bins", "parking"])
  }

  func testSteadyTagIsSteadySoonAfterStartAndFallsWhenItStops() {
    let engine = AnalyticsEngine(services: [])
    let start = monday + 12 * hourMillis
    for minute in 0..<40 { use({ _ in "potholes" }, 6, minute: minute, from: start, spacing: 9000, in: engine) }
    let steady = engine.trending(now: start + 40 * minuteMillis - 1, limit: 5)
    XCTAssertEqual(steady.map(\.tag), ["potholes"])
    XCTAssertEqual(steady.first?.direction, .steady, "\(steady)")
    XCTAssertEqual(steady.first?.count, 240)
    let later = engine.trending(now: start + 55 * minuteMillis, limit: 5)
    XCTAssertEqual(later.first?.direction, .falling, "\(later)")
    XCTAssertLessThan(later.first?.score ?? 0, steady.first?.score ?? 0)
  }

  func testTagsAreCaseFoldedAndBounded() {
    var config = AnalyticsConfig()
    config.trends.capacity = 8
    let engine = AnalyticsEngine(services: [], config: config)
    let now = monday
    for i in 0..<1000 {
      for (k, tag) in ["#NHS", "nhs", "Nhs"].enumerated() {
        let tags = k == 0 ? [tag, "tag\(i)"] : [tag]
        engine.ingest(makePost(at: now, service: nil, complaint: false, tags: tags, author: "a\(i)-\(k)"))
      }
    }
    let top = engine.trending(now: now + 1000, limit: 5)
    XCTAssertEqual(top.count, 1, "one-off tags stay below the listing floor")
    XCTAssertEqual(top.first?.count, 3000)
    XCTAssertTrue(["NHS", "nhs", "Nhs"].contains(top.first?.tag ?? ""))
    // A long tag is cut to 64 characters, then counted; empty tags are not counted.
    var listOnce = AnalyticsConfig()
    listOnce.trends.minCount = 1
    let long = AnalyticsEngine(services: [], config: listOnce)
    long.ingest(makePost(at: now, service: nil, complaint: false, tags: ["", "#", String(repeating: "x", count: 500)]))
    let cut = long.trending(now: now + 1000, limit: 5)
    XCTAssertEqual(cut.map(\.tag), [String(repeating: "x", count: 64)])
    XCTAssertEqual(cut.first?.count, 1)
  }

  /// One account repeating a tag a thousand times in a minute is one voice: it counts once in that minute and
  /// does not outrank a tag many people take up (30 people in the last 10 minutes), nor a steady tag.
  func testOneAuthorRepeatingATagCountsOncePerMinute() {
    let engine = AnalyticsEngine(services: [])
    let start = monday + 9 * hourMillis
    for minute in 0..<120 {
      use({ _ in "bins" }, 6, minute: minute, from: start, spacing: 9000, in: engine)
      if minute >= 110 { use({ _ in "FloodWatch" }, 3, minute: minute, from: start, spacing: 15_000, in: engine) }
    }
    let spamMinute = start + 118 * minuteMillis
    for i in 0..<1000 {
      var post = makePost(
        at: spamMinute + EpochMillis(i * 50), service: nil, complaint: false, tags: ["FreeCrypto"], author: "spammer")
      post.id = "spam\(i)"
      engine.ingest(post)
    }
    let top = engine.trending(now: start + 120 * minuteMillis - 1, limit: 10)
    XCTAssertEqual(top.first?.tag, "FloodWatch", "\(top)")
    XCTAssertEqual(top.first?.direction, .rising)
    XCTAssertEqual(top.first { $0.tag == "bins" }?.direction, .steady)
    XCTAssertNil(top.first { $0.tag == "FreeCrypto" }, "one use is below the listing floor: \(top)")
  }
}
