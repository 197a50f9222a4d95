import XCTest

@testable import CivicTUI

final class DashboardStateTests: XCTestCase {
  private let metrics = DashboardState.Metrics(
    rowCounts: [.posts: 100, .services: 21, .trending: 5], visibleRows: [.posts: 10, .services: 8, .trending: 8],
    newestSequence: 500)

  func testQuitAndUnknownKeys() {
    var state = DashboardState()
    XCTAssertNil(state.handle(.character("z"), metrics: metrics))
    XCTAssertFalse(state.shouldQuit)
    XCTAssertEqual(state.handle(.character("q"), metrics: metrics), .quit)
    XCTAssertTrue(state.shouldQuit)
  }

  func testHelpOpensAndAnyKeyClosesItWithoutActing() {
    var state = DashboardState()
    state.handle(.character("?"), metrics: metrics)
    XCTAssertTrue(state.showHelp)
    state.handle(.character("q"), metrics: metrics)
    XCTAssertFalse(state.showHelp)
    XCTAssertFalse(state.shouldQuit, "q closes help first, as in htop")
    state.handle(.character("?"), metrics: metrics)
    state.handle(.resize, metrics: metrics)
    XCTAssertTrue(state.showHelp, "a resize keeps help open")
  }

  func testTabAndShiftTabCycleFocus() {
    var state = DashboardState()
    XCTAssertEqual(state.focus, .posts)
    state.handle(.tab, metrics: metrics)
    XCTAssertEqual(state.focus, .services)
    state.handle(.tab, metrics: metrics)
    XCTAssertEqual(state.focus, .trending)
    state.handle(.tab, metrics: metrics)
    XCTAssertEqual(state.focus, .posts)
    state.handle(.backTab, metrics: metrics)
    XCTAssertEqual(state.focus, .trending)
  }

  func testMovingDownInPostsPausesAtTheNewestPost() {
    var state = DashboardState()
    state.handle(.character("j"), metrics: metrics)
    XCTAssertEqual(state.pausedAtSequence, 500)
    XCTAssertEqual(state.scroll(.posts).selected, 1)
    state.handle(.down, metrics: metrics)
    XCTAssertEqual(state.scroll(.posts).selected, 2)
    state.handle(.character("k"), metrics: metrics)
    state.handle(.up, metrics: metrics)
    state.handle(.up, metrics: metrics)
    XCTAssertEqual(state.scroll(.posts).selected, 0)
    XCTAssertTrue(state.isPaused, "moving up keeps the pause; space or g resumes")
    XCTAssertEqual(state.arrivedWhilePaused(newestSequence: 537), 37)
  }

  func testSpaceTogglesPauseAndCountsArrivals() {
    var state = DashboardState()
    XCTAssertEqual(state.arrivedWhilePaused(newestSequence: 900), 0)
    state.handle(.character(" "), metrics: metrics)
    XCTAssertTrue(state.isPaused)
    XCTAssertEqual(state.arrivedWhilePaused(newestSequence: 512), 12)
    state.handle(.character(" "), metrics: metrics)
    XCTAssertFalse(state.isPaused)
    XCTAssertEqual(state.scroll(.posts), DashboardState.Scroll())
  }

  func testTopBottomAndPagesKeepTheSelectionVisible() {
    var state = DashboardState()
    state.handle(.character("G"), metrics: metrics)
    XCTAssertEqual(state.scroll(.posts).selected, 99)
    XCTAssertEqual(state.scroll(.posts).top, 90)
    state.handle(.pageUp, metrics: metrics)
    XCTAssertEqual(state.scroll(.posts).selected, 89)
    XCTAssertEqual(state.scroll(.posts).top, 89)
    state.handle(.character("g"), metrics: metrics)
    XCTAssertEqual(state.scroll(.posts), DashboardState.Scroll())
    XCTAssertFalse(state.isPaused, "g in Posts goes back to the newest post and follows")

    state.handle(.tab, metrics: metrics)
    state.handle(.pageDown, metrics: metrics)
    XCTAssertEqual(state.scroll(.services).selected, 8)
    XCTAssertEqual(state.scroll(.services).top, 1)
    state.handle(.pageDown, metrics: metrics)
    state.handle(.pageDown, metrics: metrics)
    XCTAssertEqual(state.scroll(.services).selected, 20, "stops at the last row")
    XCTAssertEqual(state.scroll(.services).top, 13)
    state.handle(.home, metrics: metrics)
    XCTAssertEqual(state.scroll(.services), DashboardState.Scroll())
    XCTAssertFalse(state.isPaused, "scrolling other panes does not pause posts")
  }

  func testClampAfterContentShrinks() {
    var state = DashboardState()
    state.handle(.tab, metrics: metrics)
    state.handle(.end, metrics: metrics)
    XCTAssertEqual(state.scroll(.services).selected, 20)
    var fewer = metrics
    fewer.rowCounts[.services] = 3
    state.clamp(metrics: fewer)
    XCTAssertEqual(state.scroll(.services), DashboardState.Scroll(selected: 2, top: 0))
    fewer.rowCounts[.services] = 0
    state.clamp(metrics: fewer)
    XCTAssertEqual(state.scroll(.services), DashboardState.Scroll())
  }

  func testCtrlLRequestsAFullRedraw() {
    var state = DashboardState()
    XCTAssertEqual(state.handle(.control("l"), metrics: metrics), .redraw)
    XCTAssertTrue(state.needsFullRedraw)
  }

  func testKeyDecoding() {
    XCTAssertEqual(Key.from(scalar: 9), .tab)
    XCTAssertEqual(Key.from(scalar: 12), .control("l"))
    XCTAssertEqual(Key.from(scalar: 27), .escape)
    XCTAssertEqual(Key.from(scalar: 13), .enter)
    XCTAssertEqual(Key.from(scalar: 0x71), .character("q"))
    XCTAssertEqual(Key.from(scalar: 0x8DEF), .character("路"))
  }

  func testEveryBindingIsDocumentedAndUnique() {
    var seen = Set<Key>()
    for binding in KeyMap.standard.bindings {
      XCTAssertFalse(binding.help.isEmpty)
      for key in binding.keys { XCTAssertTrue(seen.insert(key).inserted, "\(key) bound twice") }
    }
    for key: Key in [
      .character("q"), .character("?"), .tab, .backTab, .character("j"), .character("k"), .up, .down,
      .character("g"), .character("G"), .pageUp, .pageDown, .character(" "), .control("l"),
    ] {
      XCTAssertNotNil(KeyMap.standard.action(for: key), "\(key)")
    }
  }
}
