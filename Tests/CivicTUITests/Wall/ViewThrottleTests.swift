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

  /// The wall in low bandwidth: its newest complaints (picked from the posts) change with the figures, every data
  /// interval, not at the frame rate (QA5 measured 80 KB/min at 80x24, most of it the complaint rows).
  func testTheWallsPostsAreHeldWithTheFigures() {
    let throttle = ViewThrottle(policy: .lowBandwidth)
    let first = throttle.apply(
      view(newest: 10, complaints: 1), following: true, throttlePosts: false, holdPosts: true, monotonicMillis: 0)
    let held = throttle.apply(
      view(newest: 40, complaints: 5), following: true, throttlePosts: false, holdPosts: true, monotonicMillis: 4000)
    XCTAssertEqual(held.posts, first.posts, "posts held with the figures")
    XCTAssertEqual(held.newestSequence, 10)
    XCTAssertEqual(held.services.first?.complaints, 1)
    let refreshed = throttle.apply(
      view(newest: 60, complaints: 6), following: true, throttlePosts: false, holdPosts: true, monotonicMillis: 5000)
    XCTAssertEqual(refreshed.posts.first?.id, "s60", "every post of the refresh, not a row at a time")
    XCTAssertEqual(refreshed.services.first?.complaints, 6)
    // The dashboard's Posts pane is not held: its rows come in at the row rate between refreshes.
    let dashboard = ViewThrottle(policy: .lowBandwidth)
    _ = dashboard.apply(view(newest: 10), following: true, monotonicMillis: 0)
    XCTAssertEqual(dashboard.apply(view(newest: 40), following: true, monotonicMillis: 4000).posts.first?.id, "s40")
  }

  /// A frame drawn before the first post (a feed starting, the demo filling its history) is not held for a data
  /// interval: the wall and dashboard said "Waiting for posts" for 5 s in low bandwidth.
  func testAViewFromBeforeTheFirstPostIsNotHeld() {
    let throttle = ViewThrottle(policy: .lowBandwidth)
    var empty = view(newest: 0)
    empty.totalPosts = 0
    _ = throttle.apply(empty, following: true, monotonicMillis: 0)
    var first = view(newest: 10, complaints: 3)
    first.totalPosts = 10
    let out = throttle.apply(first, following: true, monotonicMillis: 300)
    XCTAssertEqual(out.totalPosts, 10)
    XCTAssertEqual(out.services.first?.complaints, 3)
    var later = view(newest: 20, complaints: 4)
    later.totalPosts = 20
    XCTAssertEqual(
      throttle.apply(later, following: true, monotonicMillis: 600).services.first?.complaints, 3,
      "held again once posts are known")
  }

  /// History loaded at start-up (posts, but no live rate yet) is not held once live posts arrive: the header
  /// showed "0 posts/min" for 5 s in low bandwidth while the demo's posts scrolled in.
  func testAViewFromBeforeTheFirstLivePostIsNotHeld() {
    let throttle = ViewThrottle(policy: .lowBandwidth)
    var history = view(newest: 100, complaints: 5)
    history.totalPosts = 100
    history.postsPerMinute = 0
    _ = throttle.apply(history, following: true, monotonicMillis: 0)
    var live = view(newest: 103, complaints: 6)
    live.totalPosts = 103
    live.postsPerMinute = 3
    live.rateSeconds = 1
    let out = throttle.apply(live, following: true, monotonicMillis: 400)
    XCTAssertEqual(out.postsPerMinute, 3)
    XCTAssertEqual(out.rateSeconds, 1)
    var later = live
    later.postsPerMinute = 9
    XCTAssertEqual(
      throttle.apply(later, following: true, monotonicMillis: 900).postsPerMinute, 3, "held again once live")
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
