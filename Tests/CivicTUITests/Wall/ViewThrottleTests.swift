import CivicCore
import XCTest

@testable import CivicTUI

final class ViewThrottleTests: XCTestCase {
  private func post(_ sequence: Int) -> Post {
    Post(id: "s\(sequence)", platform: .demo, authorHandle: "a", arrivalTime: 0, text: "post \(sequence)")
  }

  /// A view as the model gives it when following: the newest `rows` posts of `newest`.
  private func view(newest: Int, rows: Int = 5, complaints: Int = 0, now: EpochMillis = 0) -> DashboardView {
    let posts = (0..<min(rows, newest)).map { post(newest - $0) }
    return DashboardView(
      now: now, complaints: complaints, newestSequence: newest, postRowCount: newest, posts: posts,
      services: [ServiceRow(id: "x", name: "X", complaints: complaints, posts: complaints, sparkline: [])])
  }

  func testFullPolicyPassesEverythingThrough() {
    let throttle = ViewThrottle(policy: .full)
    let fresh = view(newest: 50, complaints: 9)
    let out = throttle.apply(fresh, following: true, monotonicMillis: 0)
    XCTAssertEqual(out.posts, fresh.posts)
    XCTAssertEqual(out.services, fresh.services)
  }

  func testFiguresHeldBetweenRefreshesButClockMoves() {
    let policy = RefreshPolicy(dataIntervalMillis: 5000, postRowsPerSecond: nil, maxFramesPerSecond: 4)
    let throttle = ViewThrottle(policy: policy)
    _ = throttle.apply(view(newest: 10, complaints: 1, now: 1000), following: true, monotonicMillis: 0)
    let held = throttle.apply(view(newest: 20, complaints: 7, now: 4000), following: true, monotonicMillis: 3000)
    XCTAssertEqual(held.services.first?.complaints, 1, "figures held")
    XCTAssertEqual(held.now, 4000, "clock moves")
    let fresh = throttle.apply(view(newest: 30, complaints: 8, now: 6000), following: true, monotonicMillis: 5000)
    XCTAssertEqual(fresh.services.first?.complaints, 8, "refreshed after the interval")
  }

  func testPostsComeInAtTheRowRateNewestFirst() {
    let policy = RefreshPolicy(dataIntervalMillis: 0, postRowsPerSecond: 1, maxFramesPerSecond: 4)
    let throttle = ViewThrottle(policy: policy)
    var out = throttle.apply(view(newest: 100), following: true, monotonicMillis: 0)
    XCTAssertEqual(out.posts.map(\.id), ["s100", "s99", "s98", "s97", "s96"])
    // 10 posts arrive within 0.5 s: no row yet.
    out = throttle.apply(view(newest: 110), following: true, monotonicMillis: 500)
    XCTAssertEqual(out.posts.first?.id, "s100")
    // After a second one row comes in: the newest; the others scroll down by one.
    out = throttle.apply(view(newest: 120), following: true, monotonicMillis: 1000)
    XCTAssertEqual(out.posts.map(\.id), ["s120", "s100", "s99", "s98", "s97"])
    // Ten seconds of 10 posts a second: at most one row per frame, capped burst.
    for step in 1...10 {
      out = throttle.apply(view(newest: 120 + step * 10), following: true, monotonicMillis: 1000 + Int64(step) * 1000)
    }
    XCTAssertEqual(out.posts.first?.id, "s220")
    XCTAssertEqual(out.posts.count, 5)
  }

  func testPausedShowsTheRealListAndResumingStartsFresh() {
    let policy = RefreshPolicy(dataIntervalMillis: 0, postRowsPerSecond: 1, maxFramesPerSecond: 4)
    let throttle = ViewThrottle(policy: policy)
    _ = throttle.apply(view(newest: 100), following: true, monotonicMillis: 0)
    let paused = view(newest: 150)
    XCTAssertEqual(throttle.apply(paused, following: false, monotonicMillis: 100).posts, paused.posts)
    let resumed = throttle.apply(view(newest: 160), following: true, monotonicMillis: 200)
    XCTAssertEqual(resumed.posts.first?.id, "s160")
  }

  func testAutomaticPolicyIsLowOverSSH() {
    XCTAssertEqual(RefreshPolicy.automatic(environment: ["SSH_CONNECTION": "10.0.0.1 5 10.0.0.2 22"]), .lowBandwidth)
    XCTAssertEqual(RefreshPolicy.automatic(environment: ["SSH_TTY": "/dev/pts/3"]), .lowBandwidth)
    XCTAssertEqual(RefreshPolicy.automatic(environment: ["TERM": "xterm"]), .full)
    XCTAssertTrue(RefreshPolicy.full.isFull)
    XCTAssertFalse(RefreshPolicy.lowBandwidth.isFull)
  }
}
