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
}
