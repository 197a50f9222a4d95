import CivicCore
import XCTest

@testable import CivicTUI

/// The Services pane's title row keeps its column labels whatever the title says (`=`: ", filtered").
final class ServicesTitleTests: XCTestCase {
  private func titleRow(width: Int, height: Int, filtered: Bool) -> String {
    var view = DashboardFixtures.view()
    view.countsFiltered = filtered
    let buffer = CellBuffer(width: width, height: height)
    DashboardRenderer().render(view: view, state: DashboardState(), on: buffer)
    let layout = DashboardLayout(size: buffer.size)
    let rect = layout.panes[.services] ?? Rect(x: 0, y: 0, width: 0, height: 0)
    return String(buffer.row(rect.y).dropFirst(rect.x).prefix(rect.width))
  }

  func testColumnLabelsSurviveTheFilteredTitleAtEverySize() {
    for (width, height) in [(80, 24), (100, 30), (120, 40), (200, 60)] {
      for filtered in [false, true] {
        let row = titleRow(width: width, height: height, filtered: filtered)
        let size = "\(width)x\(height) filtered=\(filtered): \(row)"
        XCTAssertTrue(row.contains(" Services "), size)
        XCTAssertTrue(row.contains(" 1h"), size)
        XCTAssertTrue(row.contains(" cmpl "), size)
        XCTAssertTrue(row.contains(" posts "), size)
        XCTAssertTrue(row.contains(" last 60 min"), size)
        XCTAssertEqual(row.contains("filtered"), filtered && width >= 100, size)
      }
    }
  }
}
