import XCTest

@testable import CivicCore

/// The shortcuts on the analytics hot path must give exactly what the plain computations give.
final class AnalyticsShortcutTests: XCTestCase {
  /// `firingOnly` skips the Poisson tail for windows that cannot fire: `fires` (and whether there is an
  /// assessment at all) must not change, and an assessment that fires must carry the full figures.
  func testFiringOnlyAssessmentAgreesWithTheFullOne() {
    let feed = SyntheticFeed(
      start: monday, minutes: 30 * 60, seed: 5,
      incidents: [
        SyntheticFeed.Incident(service: "noise", start: monday + 6 * hourMillis, minutes: 20, complaints: 40),
        SyntheticFeed.Incident(service: "water", start: monday + 20 * hourMillis, minutes: 30, complaints: 25),
      ])
    let ids = feed.services.map(\.id)
    var series = ids.map { _ in ServiceSeries(hourSlots: 8 * 24) }
    var all = ServiceSeries(hourSlots: 8 * 24)
    var firstMinute: Int64?
    for post in feed {
      let minute = floorDiv(post.time, 60_000)
      firstMinute = firstMinute ?? minute
      let complaints = post.complaint ? 1 : 0
      all.add(minute: minute, posts: 1, complaints: complaints)
      if let id = post.services.first, let i = ids.firstIndex(of: id) {
        series[i].add(minute: minute, posts: 1, complaints: complaints)
      }
    }
    guard let first = firstMinute else { return XCTFail("the feed is empty") }
    let config = SpikeConfig()
    var assessed = 0
    var fired = 0
    for m in stride(from: first, to: first + 30 * 60, by: 7) {
      for i in series.indices {
        let full = SpikeDetector.assess(service: series[i], all: all, minute: m, firstMinute: first, config: config)
        let quick = SpikeDetector.assess(
          service: series[i], all: all, minute: m, firstMinute: first, config: config, firingOnly: true)
        XCTAssertEqual(full == nil, quick == nil, "minute \(m), \(ids[i])")
        guard let full, let quick else { continue }
        assessed += 1
        XCTAssertEqual(full.fires, quick.fires, "minute \(m), \(ids[i])")
        if quick.fires {
          fired += 1
          XCTAssertEqual(full.count, quick.count)
          XCTAssertEqual(full.expected, quick.expected)
          XCTAssertEqual(full.pValue, quick.pValue)
          XCTAssertEqual(full.isNormal, quick.isNormal)
        }
      }
    }
    XCTAssertGreaterThan(assessed, 1_000)
    XCTAssertGreaterThan(fired, 0, "the incidents must make some windows fire")
  }

  /// Sums over the ring (one division, then slot after slot) equal bucket-by-bucket reads, across the wrap,
  /// before 1970 and over ranges longer than the ring.
  func testBucketRingSumsMatchBucketReads() {
    var ring = BucketRing(slots: 50)
    var generator = SplitMix64(seed: 3)
    for bucket in Int64(-120)...Int64(-20) where generator.next() % 3 != 0 {
      ring.add(bucket: bucket, posts: Int(generator.next() % 9), complaints: Int(generator.next() % 4))
    }
    for _ in 0..<500 {
      let from = -130 + Int64(generator.next() % 120)
      let through = from + Int64(generator.next() % 80) - 5
      let sum = ring.sum(from: from, through: through)
      var posts = 0
      var complaints = 0
      if through >= from {
        for bucket in max(from, through - 49)...through {
          posts += ring.posts(bucket)
          complaints += ring.complaints(bucket)
        }
      }
      XCTAssertEqual(sum.posts, posts, "\(from)...\(through)")
      XCTAssertEqual(sum.complaints, complaints, "\(from)...\(through)")
    }
  }

  /// Every id is found at its position (also through a string with its own storage), others are not.
  func testServiceIndexTableFindsEveryIDAndNothingElse() {
    let ids = (0..<300).map { "service-\($0)" } + ["a", "", "santé-publique", "très-long-identifiant-de-service"]
    let table = ServiceIndexTable(ids)
    for (i, id) in ids.enumerated() {
      XCTAssertEqual(table.index(of: id), i, id)
      XCTAssertEqual(table.index(of: String(decoding: Array(id.utf8), as: UTF8.self)), i, id)
    }
    for other in ["service-300", "Service-1", "b", "santé", "service-1 "] {
      XCTAssertNil(table.index(of: other), other)
    }
    XCTAssertNil(ServiceIndexTable([]).index(of: "roads"))
  }
}
