import CivicCore
import XCTest

@testable import CivicTUI

/// Sparklines cover the whole hour they are labelled with, whatever their width: narrow ones fold several
/// minutes into a cell.
final class SparklineTests: XCTestCase {
  func testFoldAveragesEvenSpansOverTheWholeSeries() {
    XCTAssertEqual(RenderContext.fold([1, 2, 3], into: 5), [1, 2, 3], "room for every value")
    XCTAssertEqual(RenderContext.fold([1, 2, 3, 4, 5, 6], into: 3), [15, 35, 55], "averages in tenths")
    // 7 values in 3 cells: spans of 2, 2 and 3 values.
    XCTAssertEqual(RenderContext.fold([2, 1, 1, 1, 0, 0, 5], into: 3), [15, 10, 17])
    XCTAssertEqual(RenderContext.fold([], into: 4), [])
    XCTAssertEqual(RenderContext.fold([1], into: 0), [])
    // 60 minutes in 55 cells: every minute is in exactly one cell.
    let minutes = (0..<60).map { $0 * 7 % 11 }
    XCTAssertEqual(RenderContext.fold(minutes, into: 55).count, 55)
    XCTAssertEqual(RenderContext.fold(Array(repeating: 4, count: 60), into: 55), Array(repeating: 40, count: 55))
  }

  /// A burst 55 minutes ago is on the Services sparkline at every size (the label says "last 60 min").
  func testServicesSparklineShowsTheWholeHourAtEverySize() throws {
    for (width, height) in [(80, 24), (100, 30), (120, 40), (200, 60)] {
      var view = DashboardFixtures.view()
      view.services = [
        ServiceRow(
          id: "water", name: "Water supply", complaints: 30, posts: 30,
          sparkline: (0..<60).map { $0 >= 3 && $0 < 6 ? 10 : 0 })
      ]
      let buffer = CellBuffer(width: width, height: height)
      DashboardRenderer().render(view: view, state: DashboardState(), on: buffer)
      let layout = DashboardLayout(size: buffer.size)
      let content = layout.content(.services)
      let columns = ServicesPane.Columns(width: content.width)
      let row = buffer.row(content.y)
      let start = row.index(row.startIndex, offsetBy: content.x + columns.sparklineX)
      let spark = String(row[start...].prefix(columns.sparkline))
      let size = "\(width)x\(height): \(row)"
      XCTAssertTrue(spark.contains("█"), size)
      // The burst is near the old (left) end of the line, the rest of the hour is quiet.
      let cells = Array(spark.trimmingCharacters(in: .whitespaces))
      let peak = try XCTUnwrap(cells.firstIndex(of: "█"), size)
      XCTAssertLessThan(peak, max(2, cells.count / 5), size)
      XCTAssertTrue(cells.suffix(cells.count / 2).allSatisfy { $0 == "▁" }, size)
      let title = buffer.row(layout.panes[.services]?.y ?? 0)
      XCTAssertTrue(title.contains("last 60 min"), size)
    }
  }
}
