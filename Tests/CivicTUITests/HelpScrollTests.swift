import CivicCore
import XCTest

@testable import CivicTUI

/// The help overlay at the smallest supported size: taller than the screen, so j/k and PgUp/PgDn scroll it and
/// every binding can be read; any other key closes it. Where it fits, every key closes it, as the help says.
final class HelpScrollTests: XCTestCase {
  private func makeApp(width: Int, height: Int) throws -> (DashboardApp, CellBuffer) {
    let model = LiveModel(keep: 10, analytics: AnalyticsEngine(services: [ServiceInfo(id: "water", name: "Water")]))
    let app = DashboardApp(model: model, wake: try XCTUnwrap(WakePipe()))
    let buffer = CellBuffer(width: width, height: height)
    app.draw(on: buffer)
    return (app, buffer)
  }

  private func press(_ app: DashboardApp, _ buffer: CellBuffer, _ keys: Key...) {
    for key in keys { app.handle(key, on: buffer) }
    app.draw(on: buffer)
  }

  private func screen(_ buffer: CellBuffer) -> String {
    (0..<buffer.size.height).map { buffer.row($0) }.joined(separator: "\n")
  }

  func testEveryBindingCanBeScrolledIntoViewAt40x10() throws {
    let (app, buffer) = try makeApp(width: 40, height: 10)
    press(app, buffer, .character("?"))
    XCTAssertTrue(screen(buffer).contains("j/k scroll, other keys close"), screen(buffer))
    let labels = KeyMap.standard.helpRows.map(\.keys)
    var seen = Set<String>()
    for _ in 0..<(labels.count + 5) {
      let text = screen(buffer)
      for label in labels where text.contains(label) { seen.insert(label) }
      press(app, buffer, .character("j"))
      XCTAssertTrue(app.state.showHelp, "j scrolls, it does not close")
    }
    XCTAssertEqual(seen, Set(labels), "bindings never shown: \(Set(labels).subtracting(seen))")
    XCTAssertTrue(screen(buffer).contains("Services and Trending count"), "the notes at the end are reachable")
    press(app, buffer, .character("g"))
    XCTAssertTrue(screen(buffer).contains(labels[0]), "g goes back to the top")
    press(app, buffer, .character("x"))
    XCTAssertFalse(app.state.showHelp, "any other key closes")
  }

  func testWhereTheHelpFitsEveryKeyClosesIt() throws {
    let (app, buffer) = try makeApp(width: 100, height: 40)
    press(app, buffer, .character("?"))
    XCTAssertTrue(buffer.contains("Any key closes this help."))
    press(app, buffer, .character("j"))
    XCTAssertFalse(app.state.showHelp)
  }
}
