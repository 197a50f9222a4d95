import XCTest

@testable import CivicTUI

/// The help overlay names every key the key handler accepts, read from the key map itself: before, its labels
/// were written by hand and left out F10 (quit), F1 (help), Ctrl-F and Ctrl-B (page down and up).
final class HelpKeysTests: XCTestCase {
  private func helpScreen(width: Int, height: Int) -> CellBuffer {
    var state = DashboardState()
    state.apply(.toggleHelp, metrics: DashboardState.Metrics())
    return DashboardFixtures.render(width: width, height: height, state: state)
  }

  func testTheAliasesAreListedAndTheHelpStillFits80x24() {
    let buffer = helpScreen(width: 80, height: 24)
    for row in ["q,F10", "?,F1", "Tab / S-Tab", "j,Down", "k,Up", "PgDn,^F / PgUp,^B", "g,Home", "G,End", "^L"] {
      XCTAssertTrue(buffer.contains(row), row)
    }
    XCTAssertTrue(buffer.contains(":filter EXPR"))
    XCTAssertTrue(buffer.contains("/  n  N"), "the search key is not taken for a separator")
    XCTAssertTrue(buffer.contains("Any key closes this help."), "the whole help fits at 80x24")
    for row in KeyMap.standard.helpRows {
      XCTAssertTrue(buffer.contains(row.help), "\(row.help) is cut at 80 columns")
    }
  }

  /// Every key of every binding is named on the help line of its binding, and every key named there performs it.
  func testEveryKeyTheMapAcceptsIsNamedOnItsLine() {
    let rows = KeyMap.standard.helpRows
    var row = -1
    for binding in KeyMap.standard.bindings {
      if !binding.joinsRow { row += 1 }
      for key in binding.keys {
        XCTAssertTrue(rows[row].keys.contains(key.name), "\(key.name) not on \(rows[row].keys)")
        XCTAssertEqual(KeyMap.standard.action(for: key), binding.action, key.name)
      }
    }
    XCTAssertEqual(row + 1, rows.count)
  }
}
