import XCTest

@testable import CivicTUI

final class TerminalPaletteTests: XCTestCase {
  func testIndexedColoursPassThroughWhenAvailable() {
    XCTAssertEqual(TerminalPalette(colorCount: 256).number(for: .indexed(208)), 208)
    XCTAssertEqual(TerminalPalette(colorCount: 8).number(for: .indexed(3)), 3)
    XCTAssertEqual(TerminalPalette(colorCount: 256).number(for: .terminalDefault), -1)
    XCTAssertEqual(TerminalPalette(colorCount: 0).number(for: .indexed(1)), -1, "no colours: default")
  }

  func testBrightAndRGBColoursMapToTheNearestAvailable() {
    // Bright red (9) on an 8-colour terminal is red (1).
    XCTAssertEqual(TerminalPalette(colorCount: 8).number(for: .indexed(9)), 1)
    XCTAssertEqual(TerminalPalette(colorCount: 16).number(for: .rgb(0, 0, 0)), 0)
    XCTAssertEqual(TerminalPalette(colorCount: 256).number(for: .rgb(255, 0, 0)), 196)
    XCTAssertEqual(TerminalPalette(colorCount: 256).number(for: .rgb(128, 128, 128)), 244)
    XCTAssertEqual(TerminalPalette(colorCount: 8).number(for: .rgb(10, 200, 20)), 2)
  }
}
