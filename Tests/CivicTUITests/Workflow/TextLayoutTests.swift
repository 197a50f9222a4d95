import CivicCore
import XCTest

@testable import CivicTUI

final class TextLayoutTests: XCTestCase {
  func testWrapMeasuresDisplayCells() {
    let text = "我们小区的路灯坏了一个星期了 and then some English words that wrap"
    for width in [1, 5, 6, 11, 20] {
      let lines = TextWrap.lines(text, width: width)
      for line in lines { XCTAssertLessThanOrEqual(DisplayWidth.width(of: line), max(width, 2), "\(width): \(line)") }
      XCTAssertEqual(lines.joined().filter { $0 != " " }, text.filter { $0 != " " }, "no text lost at \(width)")
    }
    XCTAssertEqual(TextWrap.lines("one two three", width: 7), ["one two", "three"])
    XCTAssertEqual(TextWrap.lines("a\n\nb", width: 5), ["a", "", "b"])
    XCTAssertEqual(TextWrap.lines("abcdefgh", width: 3), ["abc", "def", "gh"])
  }

  func testHighlightMarksExactlyTheHitCellsAfterWideText() throws {
    let search = try PostSearch(query: "lamp")
    let shown = HighlightedText("路灯 lamp broken", search: search, cells: 12, asciiOnly: false)
    let base = TextStyle.plain
    let hit = TextStyle(reverse: true)
    let pieces = shown.pieces(base: base, hit: hit, ellipsis: "…")
    XCTAssertEqual(pieces.map(\.0), ["路灯 ", "lamp", " b", "…"])
    XCTAssertEqual(pieces.map(\.1), [base, hit, base, base])
    XCTAssertEqual(pieces.map { DisplayWidth.width(of: $0.0) }.reduce(0, +), 12)
    XCTAssertTrue(shown.showsHit)
  }

  func testHighlightPadsShortTextAndHidesCutHits() throws {
    let search = try PostSearch(query: "re:end$")
    let short = HighlightedText("the end", search: search, cells: 10, asciiOnly: false)
    XCTAssertEqual(
      short.pieces(base: .plain, hit: TextStyle(bold: true), ellipsis: "…").map(\.0), ["the ", "end", "   "])
    let cut = HighlightedText("a long line that does not fit, the end", search: search, cells: 10, asciiOnly: false)
    XCTAssertFalse(cut.showsHit)
    // Control characters are drawn inert and still take their one cell.
    let hostile = HighlightedText("\u{1B}[2J lamp", search: try PostSearch(query: "lamp"), cells: 20, asciiOnly: true)
    let text = hostile.pieces(base: .plain, hit: TextStyle(bold: true), ellipsis: ".").map(\.0).joined()
    XCTAssertFalse(text.contains("\u{1B}"))
    XCTAssertEqual(DisplayWidth.width(of: text, asciiOnly: true), 20)
  }
}
