import XCTest

@testable import CivicTUI

final class DashboardLayoutTests: XCTestCase {
  func testModesBySize() {
    XCTAssertEqual(DashboardLayout(size: ScreenSize(width: 200, height: 60)).mode, .columns)
    XCTAssertEqual(DashboardLayout(size: ScreenSize(width: 120, height: 40)).mode, .split)
    XCTAssertEqual(DashboardLayout(size: ScreenSize(width: 80, height: 24)).mode, .split)
    XCTAssertEqual(DashboardLayout(size: ScreenSize(width: 50, height: 30)).mode, .stacked)
    XCTAssertEqual(DashboardLayout(size: ScreenSize(width: 40, height: 10)).mode, .stacked)
    XCTAssertEqual(DashboardLayout(size: ScreenSize(width: 30, height: 8)).mode, .tooSmall)
    XCTAssertEqual(DashboardLayout(size: ScreenSize(width: 39, height: 40)).mode, .tooSmall)
    XCTAssertEqual(DashboardLayout(size: ScreenSize(width: 200, height: 9)).mode, .tooSmall)
  }

  func testPanesTileTheBodyWithoutOverlap() {
    for (w, h) in [(200, 60), (120, 40), (80, 24), (64, 20), (50, 30), (40, 10), (300, 100)] {
      let layout = DashboardLayout(size: ScreenSize(width: w, height: h))
      let panes = PaneID.allCases.compactMap { layout.panes[$0] }
      XCTAssertEqual(panes.count, 3, "\(w)x\(h)")
      let area = panes.reduce(0) { $0 + $1.width * $1.height }
      XCTAssertEqual(area, w * (h - 2), "the three panes cover the body exactly at \(w)x\(h)")
      for (i, a) in panes.enumerated() {
        XCTAssertGreaterThanOrEqual(a.x, 0)
        XCTAssertLessThanOrEqual(a.maxX, w)
        XCTAssertGreaterThanOrEqual(a.y, 1)
        XCTAssertLessThanOrEqual(a.maxY, h - 1)
        for b in panes[(i + 1)...] { XCTAssertTrue(a.intersection(b).isEmpty, "\(a) overlaps \(b) at \(w)x\(h)") }
      }
      XCTAssertEqual(layout.header, Rect(x: 0, y: 0, width: w, height: 1))
      XCTAssertEqual(layout.status, Rect(x: 0, y: h - 1, width: w, height: 1))
    }
  }

  func testEveryPaneShowsRowsAt80x24() {
    let layout = DashboardLayout(size: ScreenSize(width: 80, height: 24))
    XCTAssertGreaterThanOrEqual(layout.visibleRows(.posts), 8)
    XCTAssertGreaterThanOrEqual(layout.visibleRows(.services), 8)
    XCTAssertGreaterThanOrEqual(layout.visibleRows(.trending), 8)
    XCTAssertGreaterThanOrEqual(layout.content(.services).width, 50, "room for a useful sparkline")
  }

  func testPanesKeepAtLeastOneRowAtTheMinimum() {
    let layout = DashboardLayout(size: ScreenSize(width: 40, height: 10))
    for pane in PaneID.allCases { XCTAssertGreaterThanOrEqual(layout.visibleRows(pane), 1, "\(pane)") }
  }

  /// Low-bandwidth mode keeps the split layout on wide terminals: Posts spans the whole width, so the terminal can
  /// scroll it (at 200x60 a Posts column beside Services was repainted per new row: about 170 KB a minute).
  func testWithoutColumnsPostsStaysFullWidthOnWideTerminals() {
    for (w, h) in [(160, 40), (200, 60), (300, 100)] {
      let layout = DashboardLayout(size: ScreenSize(width: w, height: h), columns: false)
      XCTAssertEqual(layout.mode, .split, "\(w)x\(h)")
      XCTAssertEqual(layout.panes[.posts], Rect(x: 0, y: 1, width: w, height: layout.panes[.posts]?.height ?? 0))
      XCTAssertGreaterThanOrEqual(layout.visibleRows(.posts), (h - 2) / 2 - 1)
      let area = PaneID.allCases.compactMap { layout.panes[$0] }.reduce(0) { $0 + $1.width * $1.height }
      XCTAssertEqual(area, w * (h - 2), "the three panes cover the body exactly at \(w)x\(h)")
    }
    XCTAssertEqual(DashboardLayout(size: ScreenSize(width: 80, height: 24), columns: false).mode, .split)
    XCTAssertEqual(DashboardLayout(size: ScreenSize(width: 50, height: 30), columns: false).mode, .stacked)
  }
}
