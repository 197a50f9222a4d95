import CivicCore
import XCTest

@testable import CivicTUI

/// The header's alert list never cuts a service name silently at the screen's edge: names that do not fit give
/// way to "+N more", and the newest name is cut with an ellipsis only when even one whole name does not fit.
final class HeaderAlertsTests: XCTestCase {
  private func alert(_ id: Int, _ service: String, _ name: String) -> Alert {
    Alert(
      id: id, service: service, serviceName: name, start: DashboardFixtures.now - 600_000, complaints: 50,
      expected: 5, severity: .high)
  }

  private func header(width: Int, alerts: [Alert]) -> String {
    var view = DashboardFixtures.view()
    view.activeAlerts = alerts
    let buffer = CellBuffer(width: width, height: 24)
    DashboardRenderer().render(view: view, state: DashboardState(), on: buffer)
    return buffer.row(0)
  }

  private let rail = "Trains, trams and underground"

  func testEveryNameShownWhenThereIsRoom() {
    let row = header(width: 200, alerts: [alert(2, "rail", rail), alert(1, "buses", "Buses")])
    XCTAssertTrue(row.contains("ALERTS: \(rail), Buses "), row)
    XCTAssertFalse(row.contains("more"), row)
  }

  func testTwoLongAlertsAt80ColumnsSayHowManyMore() {
    let row = header(width: 80, alerts: [alert(2, "rail", rail), alert(1, "buses", "Buses")])
    XCTAssertEqual(DisplayWidth.width(of: row, asciiOnly: false), 80, row)
    // Before: "ALERTS: Trains, trams and underground, B" (the second name cut at the edge, nothing said).
    XCTAssertTrue(row.contains(" +1 more"), row)
    XCTAssertFalse(row.contains(", B"), row)
    XCTAssertTrue(row.contains("ALERTS: Trains"), row)
  }

  func testWholeNamesKeptWhileTheyFit() {
    let alerts = [alert(3, "water", "Water"), alert(2, "buses", "Buses"), alert(1, "rail", rail)]
    let row = header(width: 80, alerts: alerts)
    XCTAssertTrue(row.contains("ALERTS: Water, Buses, Trains, trams an… "), row)
    XCTAssertFalse(row.contains("more"), "the cut name counts as shown: \(row)")
  }

  func testTheNextNameIsCutWithAnEllipsisAndTheRestCounted() {
    let buffer = CellBuffer(width: 80, height: 24)
    let context = RenderContext(screen: buffer, theme: ThemeLoader.compiledDefault())
    let names = ["Roads and potholes", rail, "Flooding, drains and sewers"]
    // The README's 100x30 capture had room for 61 cells and showed "..., Trains, trams and underground, F".
    XCTAssertEqual(
      HeaderBar.alertText(names, room: 61, context: context),
      " ALERTS: Roads and potholes, Trains, trams and unde… +1 more ")
    XCTAssertEqual(HeaderBar.alertText(names, room: 40, context: context), " ALERTS: Roads and potholes +2 more ")
    XCTAssertEqual(HeaderBar.alertText(names, room: 12, context: context), " ALERTS: 3 ")
  }

  func testAlertTextNeverExceedsItsRoom() {
    let buffer = CellBuffer(width: 80, height: 24)
    let context = RenderContext(screen: buffer, theme: ThemeLoader.compiledDefault())
    let names = [rail, "Buses", "Water supply"]
    for room in 0...60 {
      let text = HeaderBar.alertText(names, room: room, context: context)
      XCTAssertLessThanOrEqual(DisplayWidth.width(of: text, asciiOnly: false), room, "room \(room): \(text)")
    }
    XCTAssertEqual(
      HeaderBar.alertText([rail], room: 20, context: context), " ALERT: Trains, tr… ")
  }
}
