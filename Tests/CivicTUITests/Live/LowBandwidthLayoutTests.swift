import CivicCore
import XCTest

@testable import CivicTUI

/// The app in low-bandwidth mode (`renderer.columns = false`, as `watch --bandwidth low` sets it) on a wide screen:
/// Posts rows span the whole width, with Services and Trending below, and keys page by the rows actually shown.
final class LowBandwidthLayoutTests: XCTestCase {
  private func makeApp(columns: Bool) throws -> (DashboardApp, CellBuffer) {
    let model = LiveModel(keep: 500, analytics: StubAnalytics(), serviceOrder: [])
    let posts = (1...200).map { i in
      Post(
        id: "p\(i)", platform: .demo, authorHandle: "author\(i)", arrivalTime: LiveModel.wallClock(),
        text: "post number \(i) " + String(repeating: "words ", count: 30) + "END\(i)")
    }
    model.add(posts)
    let app = DashboardApp(model: model, wake: try XCTUnwrap(WakePipe()))
    app.renderer.columns = columns
    let buffer = CellBuffer(width: 200, height: 60)
    app.draw(on: buffer)
    return (app, buffer)
  }

  func testPostsSpanTheWholeWidthWithoutColumns() throws {
    let (_, buffer) = try makeApp(columns: false)
    let layout = DashboardLayout(size: buffer.size, columns: false)
    let newest = try XCTUnwrap(buffer.lines.firstIndex { $0.contains("post number 200") })
    XCTAssertEqual(newest, layout.content(.posts).y, buffer.lines.joined(separator: "\n"))
    XCTAssertGreaterThan(buffer.lines[newest].count, 190, "the row runs to the right edge")
    XCTAssertFalse(buffer.lines[newest].contains("│"), "no pane beside Posts: \(buffer.lines[newest])")
    let servicesTitle = try XCTUnwrap(buffer.lines.firstIndex { $0.contains("Services") })
    XCTAssertGreaterThan(servicesTitle, newest, "Services below Posts")
    // The default (full bandwidth) keeps the three columns at this width.
    let (_, wide) = try makeApp(columns: true)
    let row = try XCTUnwrap(wide.lines.first { $0.contains("post number 200") })
    XCTAssertTrue(row.contains("│"), row)
  }

  func testPagingMovesByTheRowsShown() throws {
    let (app, buffer) = try makeApp(columns: false)
    let content = DashboardLayout(size: buffer.size, columns: false).content(.posts)
    app.handle(.pageDown, on: buffer)
    app.draw(on: buffer)
    // The selection moves a page (the rows shown), to the pane's last row; with the three-column page size
    // (57 rows) it would have jumped past rows never shown.
    let shown = (content.y..<content.maxY).map { buffer.row($0) }
    XCTAssertTrue(shown.last?.contains("post number \(200 - content.height) ") ?? false, shown.joined(separator: "\n"))
    XCTAssertTrue(shown.first?.contains("post number 199 ") ?? false, shown.first ?? "")
  }

  /// Below a full-width Posts pane the Services pane is about 150 columns wide at 200x60: once the sparkline has
  /// its hour, the names take the room left instead of being cut at 16 cells.
  func testServiceNamesUseTheRoomOfAWidePane() throws {
    let analytics = StubAnalytics()
    let name = "Council tax, property tax and benefits"
    analytics.rows[.oneHour] = [
      ServiceRow(id: "council-tax", name: name, complaints: 3, posts: 9, sparkline: Array(repeating: 1, count: 60))
    ]
    let model = LiveModel(keep: 10, analytics: analytics, serviceOrder: ["council-tax"])
    let app = DashboardApp(model: model, wake: try XCTUnwrap(WakePipe()))
    app.renderer.columns = false
    let buffer = CellBuffer(width: 200, height: 60)
    app.draw(on: buffer)
    let row = try XCTUnwrap(buffer.lines.first { $0.contains("Council tax") }, buffer.lines.joined(separator: "\n"))
    XCTAssertTrue(row.contains(name + " "), "the whole name: \(row)")
    XCTAssertTrue(row.contains(" 3      9  33% "), row)
    XCTAssertEqual(ServicesPane.Columns(width: 150).name, ServicesPane.Columns.longestName)
    // Three columns at 200, and the split layout at 120 and 80: as before, 16 cells and the longest sparkline.
    for width in [91, 90, 60] {
      XCTAssertEqual(ServicesPane.Columns(width: width).name, 16, "width \(width)")
    }
  }
}
