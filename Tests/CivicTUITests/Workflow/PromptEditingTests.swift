import CivicCore
import XCTest

@testable import CivicTUI

/// Editing inside a prompt: Left/Right/Home/End move the cursor, typing inserts at it, Backspace and Delete remove
/// around it, Ctrl-W removes a word. Before, Left did nothing and Delete acted as Backspace at the end, so a typo
/// in the middle of a filter expression meant deleting everything after it.
final class PromptEditingTests: XCTestCase {
  private func typed(_ prompt: inout Prompt, _ text: String) {
    for character in text { _ = prompt.handle(.character(character)) }
  }

  func testCursorMovesAndTypingInsertsAtIt() {
    var prompt = Prompt(.search)
    typed(&prompt, "abc")
    _ = prompt.handle(.left)
    _ = prompt.handle(.left)
    typed(&prompt, "X")
    XCTAssertEqual(prompt.text, "aXbc")
    XCTAssertEqual(prompt.cursor, 2)
    _ = prompt.handle(.home)
    typed(&prompt, "Y")
    XCTAssertEqual(prompt.text, "YaXbc")
    _ = prompt.handle(.end)
    typed(&prompt, "Z")
    XCTAssertEqual(prompt.text, "YaXbcZ")
    _ = prompt.handle(.control("a"))
    _ = prompt.handle(.right)
    _ = prompt.handle(.delete)
    XCTAssertEqual(prompt.text, "YXbcZ", "Delete removes the character under the cursor")
    _ = prompt.handle(.backspace)
    XCTAssertEqual(prompt.text, "XbcZ", "Backspace removes the one before it")
    XCTAssertEqual(prompt.cursor, 0)
    _ = prompt.handle(.backspace)
    XCTAssertEqual(prompt.text, "XbcZ", "nothing before the cursor")
    _ = prompt.handle(.control("e"))
    _ = prompt.handle(.delete)
    XCTAssertEqual(prompt.text, "XbcZ", "nothing under the cursor at the end")
    // Moving never leaves the text.
    for _ in 0..<10 { _ = prompt.handle(.right) }
    XCTAssertEqual(prompt.cursor, 4)
    for _ in 0..<10 { _ = prompt.handle(.left) }
    XCTAssertEqual(prompt.cursor, 0)
  }

  func testCtrlWDeletesTheWordBeforeTheCursorAndCtrlUKeepsTheCommand() {
    var prompt = Prompt.filter("service=water")
    XCTAssertEqual(prompt.text, "filter service=water ")
    typed(&prompt, "since=1h")
    _ = prompt.handle(.control("w"))
    XCTAssertEqual(prompt.text, "filter service=water ")
    _ = prompt.handle(.control("w"))
    XCTAssertEqual(prompt.text, "filter ")
    typed(&prompt, "complaints")
    _ = prompt.handle(.control("u"))
    XCTAssertEqual(prompt.text, "filter ")
    XCTAssertEqual(prompt.cursor, 7)
    // A multi-scalar character is one step of the cursor.
    var search = Prompt(.search)
    typed(&search, "café👩‍👩‍👧x")
    _ = search.handle(.left)
    _ = search.handle(.backspace)
    XCTAssertEqual(search.text, "caféx")
  }

  func testTheDashboardEditsAFilterInTheMiddleAndShowsTheCursor() throws {
    let h = try WorkflowHarness(width: 80, height: 24)
    h.type(":", enter: false)
    h.type("service=watr complaints", enter: false)
    XCTAssertTrue(h.statusBar.hasPrefix(":filter service=watr complaints "), h.statusBar)
    // Back to the typo: 11 characters left of the end ("r complaints"), then fix it.
    for _ in 0..<12 { h.press(.left) }
    h.type("e", enter: false)
    XCTAssertTrue(h.statusBar.hasPrefix(":filter service=water complaints"), h.statusBar)
    // The cursor cell (the 'r' after the inserted 'e') is drawn reversed; the others are not.
    let y = h.buffer.size.height - 1
    let column = ":filter service=wate".count
    XCTAssertEqual(h.buffer.text(at: column, y), "r")
    XCTAssertNotEqual(h.buffer.style(at: column, y), h.buffer.style(at: column - 1, y))
    h.press(.enter)
    XCTAssertTrue(h.postsTitle.contains("filter: water, complaints"), h.postsTitle + " / " + h.statusBar)
  }

  func testALongLineScrollsToKeepTheCursorInView() {
    var prompt = Prompt(.search)
    typed(&prompt, String(repeating: "a", count: 100) + "END")
    _ = prompt.handle(.home)
    _ = prompt.handle(.right)
    let buffer = CellBuffer(width: 40, height: 2)
    let context = RenderContext(screen: buffer, theme: ThemeLoader.compiledDefault())
    PromptLine().draw(prompt, in: Rect(x: 0, y: 1, width: 40, height: 1), context: context)
    XCTAssertTrue(buffer.row(1).hasPrefix("/aaaa"), buffer.row(1))
    XCTAssertFalse(buffer.row(1).contains("END"), "the start is shown while the cursor is there")
    _ = prompt.handle(.end)
    PromptLine().draw(prompt, in: Rect(x: 0, y: 1, width: 40, height: 1), context: context)
    XCTAssertTrue(buffer.row(1).contains("END "), buffer.row(1))
    XCTAssertEqual(DisplayWidth.width(of: buffer.row(1)), 40)
  }
}
