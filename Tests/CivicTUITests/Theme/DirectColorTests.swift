import XCTest

@testable import CivicTUI

/// Colour numbers on a direct-colour terminal (TERM=xterm-direct): RGB values, except the ANSI 0-7. Before, the
/// palette index was passed as it is, so bright red (9) was drawn as RGB (0, 0, 9): near-black text.
final class DirectColorTests: XCTestCase {
  func testOnlyTerminalsWithMoreThan256ColoursAreDirect() {
    XCTAssertFalse(DirectColor.isDirect(colors: 8))
    XCTAssertFalse(DirectColor.isDirect(colors: 256))
    XCTAssertTrue(DirectColor.isDirect(colors: 0x100_0000))
  }

  func testThemeColoursBecomeRGBNumbers() {
    XCTAssertEqual(DirectColor.number(for: .terminalDefault), -1)
    XCTAssertEqual(DirectColor.number(for: .indexed(1)), 1, "ANSI red stays the terminal's red")
    XCTAssertEqual(DirectColor.number(for: .indexed(7)), 7)
    let (r, g, b) = ColorMapper.rgb(ofIndex: 9)
    XCTAssertEqual(DirectColor.number(for: .indexed(9)), Int(r) << 16 | Int(g) << 8 | Int(b))
    XCTAssertGreaterThan(DirectColor.number(for: .indexed(9)), 0xFF_0000 - 1, "bright red is red, not (0, 0, 9)")
    XCTAssertEqual(DirectColor.number(for: .indexed(196)), 0xFF_0000)
    XCTAssertEqual(DirectColor.number(for: .indexed(232)), 0x08_0808)
    XCTAssertEqual(DirectColor.number(for: .rgb(0xD8, 0xDE, 0xE9)), 0xD8_DEE9, "24-bit colours as written")
  }

  func testBlackDoesNotTurnIntoAnANSIColour() {
    XCTAssertEqual(DirectColor.number(for: .rgb(0, 0, 0)), 8)
    XCTAssertEqual(DirectColor.number(for: .rgb(0, 0, 5)), 8, "(0, 0, 5) would read as ANSI magenta")
    XCTAssertEqual(DirectColor.number(for: .indexed(16)), 8, "cube black")
  }
}
