import XCTest

@testable import CivicCore

/// `AnalyticsEngine.ingest` on a run of posts sums a minute's bucket counts before adding them: it must leave the
/// engine exactly as `ingest(_:)` on each post does.
final class AnalyticsRunIngestTests: XCTestCase {
  private let services = ["roads", "bins", "noise", "parks", "libraries"].map { ServiceInfo(id: $0, name: $0) }

  /// A small deterministic generator (SplitMix64).
  private struct Random {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = (state ^ (state >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
  }

  /// Posts mostly in time order a few seconds apart, with: several or repeated services, unknown ones, right,
  /// wrong and missing taxonomy codes, edits, posts late by a minute or by days (older than the minute ring),
  /// posts from the far future (clamped), jumps of more than a day, hashtags.
  private func makePosts(count: Int, seed: UInt64) -> [Post] {
    var random = Random(state: seed)
    let ids = services.map(\.id) + ["ghost"]
    var clock = monday
    var posts: [Post] = []
    for k in 0..<count {
      clock += EpochMillis(random.below(9_000))
      if random.below(2_000) == 0 { clock += 2 * 24 * hourMillis }  // a pause of two days
      var time = clock
      switch random.below(40) {
      case 0: time -= 70_000  // a little late
      case 1: time -= 3 * 24 * hourMillis  // older than the minute ring
      case 2: time += 2 * hourMillis  // ahead of its arrival: clamped
      default: break
      }
      var picked: [String] = []
      for _ in 0..<random.below(4) { picked.append(ids[random.below(ids.count)]) }
      var post = Post(
        id: "p\(k)", platform: .twitter, authorHandle: "", eventTime: random.below(50) == 0 ? nil : time,
        arrivalTime: clock, text: "", hashtags: (0..<random.below(3)).map { _ in "tag\(random.below(6))" },
        isEdit: random.below(30) == 0, services: picked, complaint: random.below(3) == 0)
      switch random.below(3) {
      case 0: post.serviceCodes = ServiceCodes(positions: picked.map { ids.firstIndex(of: $0) ?? -1 })
      case 1: post.serviceCodes = ServiceCodes(positions: picked.map { _ in random.below(ids.count) })
      default: break
      }
      posts.append(post)
    }
    return posts
  }

  private func assertSameState(
    _ a: AnalyticsEngine, _ b: AnalyticsEngine, now: EpochMillis, file: StaticString = #filePath, line: UInt = #line
  ) {
    XCTAssertEqual(a.totalPosts, b.totalPosts, file: file, line: line)
    XCTAssertEqual(a.totalComplaints, b.totalComplaints, file: file, line: line)
    XCTAssertEqual(a.latePosts, b.latePosts, file: file, line: line)
    XCTAssertEqual(a.clampedFuturePosts, b.clampedFuturePosts, file: file, line: line)
    XCTAssertEqual(a.ignoredEdits, b.ignoredEdits, file: file, line: line)
    XCTAssertEqual(a.unknownServiceMentions, b.unknownServiceMentions, file: file, line: line)
    XCTAssertEqual(a.headMinute, b.headMinute, file: file, line: line)
    XCTAssertEqual(a.firstMinute, b.firstMinute, file: file, line: line)
    XCTAssertEqual(a.latestEventTime, b.latestEventTime, file: file, line: line)
    for id in services.map(\.id) {
      XCTAssertEqual(a.totals(service: id)?.posts, b.totals(service: id)?.posts, file: file, line: line)
      XCTAssertEqual(a.totals(service: id)?.complaints, b.totals(service: id)?.complaints, file: file, line: line)
    }
    for back in [0, 1, 59, 600, 1439] {
      let at = now - EpochMillis(back) * minuteMillis
      for window in AnalyticsWindow.allCases {
        XCTAssertEqual(
          a.serviceRows(window: window, now: at), b.serviceRows(window: window, now: at), file: file, line: line)
        let (va, vb) = (a.volume(window: window, now: at), b.volume(window: window, now: at))
        XCTAssertEqual(va.posts, vb.posts, file: file, line: line)
        XCTAssertEqual(va.complaints, vb.complaints, file: file, line: line)
      }
      XCTAssertEqual(a.trending(now: at, limit: 10), b.trending(now: at, limit: 10), file: file, line: line)
    }
  }

  func testRunsCountAsPostByPost() {
    for seed: UInt64 in [1, 2, 3, 4] {
      var config = AnalyticsConfig()
      config.countSecondaryServices = seed % 2 == 0
      config.countEdits = seed == 3
      let posts = makePosts(count: 6_000, seed: seed)
      let runs = AnalyticsEngine(services: services, config: config)
      let single = AnalyticsEngine(services: services, config: config)
      var random = Random(state: seed &+ 99)
      var start = 0
      var latest = Int64.min
      while start < posts.count {
        let end = min(posts.count, start + 1 + random.below(random.below(5) == 0 ? 400 : 40))
        posts.withUnsafeBufferPointer { runs.ingest(UnsafeBufferPointer(rebasing: $0[start..<end])) }
        for post in posts[start..<end] {
          single.ingest(post)
          latest = max(latest, post.time)
        }
        start = end
        if random.below(3) > 0 {
          // The same clock for both, and the same alerts from it.
          XCTAssertEqual(runs.advance(to: latest), single.advance(to: latest), "seed \(seed), post \(start)")
        }
      }
      assertSameState(runs, single, now: latest)
      XCTAssertEqual(runs.alertHistory, single.alertHistory)
    }
  }

  func testEmptyRunChangesNothing() {
    let engine = AnalyticsEngine(services: services)
    let posts: [Post] = []
    posts.withUnsafeBufferPointer { engine.ingest($0) }
    XCTAssertEqual(engine.totalPosts, 0)
    XCTAssertNil(engine.headMinute)
  }
}
