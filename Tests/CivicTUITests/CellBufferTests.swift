import XCTest

@testable import CivicTUI

final class CellBufferTests: XCTestCase {
  func testWideGlyphTakesTwoCells() {
    let buffer = CellBuffer(width: 10, height: 1)
    let used = buffer.put("a路b", x: 0, y: 0, style: .plain)
    XCTAssertEqual(used, 4)
    XCTAssertEqual(buffer.text(at: 1, 0), "路")
    XCTAssertEqual(buffer.text(at: 2, 0), "")
    XCTAssertEqual(buffer.text(at: 3, 0), "b")
    XCTAssertEqual(DisplayWidth.width(of: buffer.row(0)), 10)
  }

  func testAGraphemeShownAsNarrowCharactersFillsOneCellEach() {
    // A flag is drawn as its two letters and a wide character in ASCII as `??`: two characters, one per cell.
    // The terminal screen was handed both for one cell and drew "G" and a blank ("flag G " in the detail view).
    let buffer = CellBuffer(width: 8, height: 2)
    XCTAssertEqual(buffer.put("\u{1F1EC}\u{1F1E7}!", x: 0, y: 0, style: .plain), 3)
    XCTAssertEqual((0..<3).map { buffer.text(at: $0, 0) }, ["G", "B", "!"])
    let ascii = CellBuffer(width: 8, height: 1, asciiOnly: true)
    XCTAssertEqual(ascii.put("a路b", x: 0, y: 0, style: .plain), 4)
    XCTAssertEqual((0..<4).map { ascii.text(at: $0, 0) }, ["a", "?", "?", "b"])
  }

  func testClipsToMaxWidthAndScreenEdge() {
    let buffer = CellBuffer(width: 6, height: 2)
    buffer.put("abcdefgh", x: 2, y: 0, style: .plain)
    XCTAssertEqual(buffer.row(0), "  abcd")
    // A wide glyph that would straddle the limit becomes a space.
    buffer.put("ab路", x: 0, y: 1, style: .plain, maxWidth: 3)
    XCTAssertEqual(buffer.row(1), "ab    ")
    XCTAssertEqual(buffer.put("x", x: 0, y: 5, style: .plain), 0, "off-screen rows are ignored")
  }

  func testOverwritingHalfAWideGlyphBlanksTheOtherHalf() {
    let buffer = CellBuffer(width: 4, height: 1)
    buffer.put("路", x: 0, y: 0, style: .plain)
    buffer.put("x", x: 1, y: 0, style: .plain)
    XCTAssertEqual(buffer.row(0), " x  ")
    buffer.put("灯", x: 2, y: 0, style: .plain)
    buffer.put("y", x: 2, y: 0, style: .plain)
    XCTAssertEqual(buffer.row(0), " xy ")
  }

  func testStylesAndFill() {
    let buffer = CellBuffer(width: 5, height: 3)
    let red = TextStyle(foreground: .indexed(1))
    buffer.fill(Rect(x: 1, y: 1, width: 3, height: 2), with: "#", style: red)
    XCTAssertEqual(buffer.lines, ["     ", " ### ", " ### "])
    XCTAssertEqual(buffer.style(at: 2, 2), red)
    XCTAssertEqual(buffer.style(at: 0, 0), .plain)
    XCTAssertEqual(buffer.column(of: "##", inRow: 1), 1)
  }

  func testControlCharactersNeverReachTheGrid() {
    let buffer = CellBuffer(width: 20, height: 1)
    buffer.put("a\u{1B}[31mb", x: 0, y: 0, style: .plain)
    XCTAssertFalse(buffer.row(0).unicodeScalars.contains { $0.value == 0x1B })
    XCTAssertTrue(buffer.row(0).hasPrefix("a\u{241B}[31mb"))
  }
}
