import XCTest

@testable import CivicTUI

final class BigDigitsTests: XCTestCase {
  func testRowsHaveTheAnnouncedSize() {
    for (pw, ph) in [(1, 1), (2, 1), (3, 2)] {
      let digits = BigDigits(pixelWidth: pw, pixelHeight: ph, ink: "#")
      for text in ["0", "1234567890", "12:45", "-3", "50%", "?x"] {
        let rows = digits.rows(text)
        XCTAssertEqual(rows.count, 5 * ph)
        for row in rows { XCTAssertEqual(row.count, digits.width(of: text), "\(text) at \(pw)x\(ph)") }
      }
    }
  }

  func testDigitShapes() {
    let digits = BigDigits(ink: "#")
    XCTAssertEqual(digits.rows("1"), [" # ", "## ", " # ", " # ", "###"])
    XCTAssertEqual(digits.rows("7:"), ["###  ", "  # #", "  #  ", "  # #", "  #  "])
    // Every digit differs from every other.
    let shapes = (0...9).map { digits.rows(String($0)) }
    XCTAssertEqual(Set(shapes.map { $0.joined(separator: "|") }).count, 10)
  }

  func testScaledPixels() {
    let digits = BigDigits(pixelWidth: 2, pixelHeight: 2, ink: "█")
    XCTAssertEqual(digits.rows("1")[0], "  ██  ")
    XCTAssertEqual(digits.rows("1")[1], "  ██  ")
  }

  func testFittingPicksTheLargestThatFits() {
    let fit = BigDigits.fitting(["88:88"], width: 40, height: 10, ink: "#")
    XCTAssertLessThanOrEqual(fit.width(of: "88:88"), 40)
    XCTAssertLessThanOrEqual(fit.height, 10)
    XCTAssertEqual(fit.pixelWidth, 2)
    XCTAssertEqual(BigDigits.fitting(["88:88"], width: 3, height: 2, ink: "#").pixelWidth, 1)
  }

  func testDrawClipsAndLeavesBlankPixelsPlain() {
    let buffer = CellBuffer(width: 6, height: 4)
    let style = TextStyle(bold: true)
    BigDigits(ink: "#").draw(
      "10", x: 2, y: 0, style: style, clip: Rect(x: 0, y: 0, width: 6, height: 3), on: buffer)
    XCTAssertEqual(buffer.row(0), "   #  ")
    XCTAssertEqual(buffer.row(2), "   #  ")
    XCTAssertEqual(buffer.row(3), "      ")
    XCTAssertEqual(buffer.style(at: 3, 0), style)
    XCTAssertEqual(buffer.style(at: 2, 0), .plain)
  }
}
