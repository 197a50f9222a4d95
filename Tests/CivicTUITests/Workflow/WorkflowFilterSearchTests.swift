import CivicCore
import XCTest

@testable import CivicTUI

final class WorkflowFilterSearchTests: XCTestCase {
  func testFilterExpressionNarrowsPostsAndShowsInTitle() throws {
    let h = try WorkflowHarness()
    XCTAssertTrue(h.postRows.contains { $0.contains("Pothole on Mill Lane") })
    h.press(.character(":"))
    // The prompt starts with "filter " and the current (empty) expression.
    XCTAssertTrue(h.statusBar.hasPrefix(":filter "), h.statusBar)
    h.type("service=water")
    XCTAssertTrue(h.postsTitle.contains("filter: water (2)"), h.postsTitle)
    let shown = h.postRows.joined(separator: "\n")
    XCTAssertTrue(shown.contains("No water pressure"))
    XCTAssertTrue(shown.contains("Water main burst"))
    XCTAssertFalse(shown.contains("Pothole"))
    XCTAssertFalse(shown.contains("streetlight"))
    // Counts in the other panes stay global: Roads still shows its posts.
    XCTAssertTrue(h.buffer.contains("Roads"))
    h.press(.character("F"))
    XCTAssertFalse(h.postsTitle.contains("filter:"), h.postsTitle)
    XCTAssertTrue(h.postRows.contains { $0.contains("Pothole on Mill Lane") })
    XCTAssertTrue(h.statusBar.contains("filter cleared"), h.statusBar)
  }

  func testTypingTheCommandWordAgainAsTheHelpShowsItMeansTheSame() throws {
    let h = try WorkflowHarness()
    h.press(.character(":"))
    h.type("filter service=water")
    XCTAssertTrue(h.postsTitle.contains("filter: water (2)"), h.postsTitle + " / " + h.statusBar)
  }

  /// With a filter set, `:` opens on "filter service=water "; typing ":filter EXPR" as the README and the help
  /// show it must still mean EXPR (it was refused: "filter 'filter': unknown word").
  func testTypingTheCommandAfterTheCurrentFilterReplacesIt() throws {
    let h = try WorkflowHarness()
    h.press(.character(":"))
    h.type("service=water")
    XCTAssertEqual(h.app.workflow.filter, PostFilter(services: ["water"]))
    h.press(.character(":"))
    h.type("filter service=roads")
    XCTAssertEqual(h.app.workflow.filter, PostFilter(services: ["roads"]), h.statusBar)
    XCTAssertTrue(h.postsTitle.contains("filter: roads"), h.postsTitle + " / " + h.statusBar)
    h.press(.character(":"))
    h.type("f complaints")
    XCTAssertEqual(h.app.workflow.filter, PostFilter(complaintsOnly: true), h.statusBar)
    // Typing only the command word again clears the filter, as ":filter" alone does.
    h.press(.character(":"))
    h.type("filter")
    XCTAssertEqual(h.app.workflow.filter, PostFilter(), h.statusBar)
    XCTAssertTrue(h.statusBar.contains("filter cleared"), h.statusBar)
  }

  func testFilterPromptPrefillEndsWithASpaceAndCtrlUKeepsTheCommand() throws {
    let h = try WorkflowHarness()
    h.press(.character(":"))
    h.type("service=water")
    // The prompt shows the current filter followed by a space: typing adds a term.
    h.press(.character(":"))
    XCTAssertEqual(h.app.workflow.prompt?.text, "filter service=water ")
    XCTAssertTrue(h.statusBar.hasPrefix(":filter service=water  "), h.statusBar)
    h.type("complaints")
    XCTAssertEqual(h.app.workflow.filter, PostFilter(services: ["water"], complaintsOnly: true))
    XCTAssertTrue(h.postsTitle.contains("filter: water, complaints (2)"), h.postsTitle)
    // Ctrl-U clears the expression, not the command word.
    h.press(.character(":"), .control("u"))
    XCTAssertEqual(h.app.workflow.prompt?.text, "filter ")
    h.type("service=roads")
    XCTAssertEqual(h.app.workflow.filter, PostFilter(services: ["roads"]))
    // The picker's "type an expression" lands on the same kind of line.
    var prompt = Prompt.filter("service=roads")
    XCTAssertEqual(prompt.handle(.control("u")), .editing)
    XCTAssertEqual(prompt.text, "filter ")
  }

  func testPromptsKeepTheCaseOfWhatWasTyped() throws {
    let h = try WorkflowHarness()
    h.press(.character("/"))
    h.type("/mill Lane/c")
    XCTAssertEqual(h.app.workflow.search?.pattern, "mill Lane")
    XCTAssertTrue(h.statusBar.contains("no hits for 'mill Lane'"), h.statusBar)
    h.press(.character("/"))
    h.type("/Mill Lane/c")
    XCTAssertTrue(h.statusBar.contains("hit 1/1 for 'Mill Lane'"), h.statusBar)
    h.press(.character("E"))
    h.type("Highways North")
    XCTAssertEqual(try h.store.history(postID: "r1").first?.team, "Highways North")
  }

  func testBadFilterExpressionIsRefusedWithItsReason() throws {
    let h = try WorkflowHarness()
    h.press(.character(":"))
    h.type(" service=trams")
    XCTAssertTrue(h.statusBar.contains("unknown service 'trams'"), h.statusBar)
    XCTAssertFalse(h.postsTitle.contains("filter:"))
  }

  func testPickerTicksComplaintsOnlyAndATimeRange() throws {
    let h = try WorkflowHarness()
    h.press(.character("f"))
    XCTAssertTrue(h.buffer.contains("Filter posts"))
    XCTAssertTrue(h.buffer.contains("[ ] complaints only"))
    h.press(.character(" "))
    XCTAssertTrue(h.buffer.contains("[x] complaints only"))
    // Down to "last 15m" (the second time choice), tick it and apply.
    let picker = try XCTUnwrap(h.app.workflow.picker)
    let target = try XCTUnwrap(picker.items.firstIndex(of: .window(.last(15 * 60_000))))
    for _ in 0..<target { h.app.handle(.down, on: h.buffer) }
    h.press(.character(" "), .enter)
    XCTAssertNil(h.app.workflow.picker)
    XCTAssertTrue(h.postsTitle.contains("filter: complaints, last 15m (4)"), h.postsTitle)
    XCTAssertFalse(h.postRows.joined().contains("streetlight"))
  }

  func testEnterOnAServiceFiltersByIt() throws {
    let h = try WorkflowHarness()
    h.press(.tab)
    XCTAssertEqual(h.app.state.focus, .services)
    let content = h.layout.content(.services)
    let firstRow = h.buffer.row(content.y)
    let expected = firstRow.contains("Roads") ? "roads" : "water"
    h.press(.enter)
    XCTAssertEqual(h.app.state.focus, .posts)
    XCTAssertEqual(h.app.workflow.filter.services, [expected])
    XCTAssertTrue(h.postsTitle.contains("filter: \(expected)"), h.postsTitle)
  }

  func testSearchHighlightsHitsAndNJumps() throws {
    let h = try WorkflowHarness()
    h.press(.character("/"))
    h.type("pothole")
    XCTAssertTrue(h.postsTitle.contains("/pothole"), h.postsTitle)
    // Newest first: r3 is row 0, r1 is row 3.
    XCTAssertEqual(h.app.state.scroll(.posts).selected, 0)
    XCTAssertTrue(h.app.state.isPaused)
    XCTAssertTrue(h.statusBar.contains("hit 1/2"), h.statusBar)
    let hitStyle = h.app.renderer.theme.style(.searchHit)
    let textStyle = h.app.renderer.theme.style(.text)
    let row = try XCTUnwrap(h.postRow(containing: "Pothole on Mill Lane"))
    let start = try XCTUnwrap(h.buffer.column(of: "Pothole", inRow: row))
    for x in start..<start + 7 { XCTAssertEqual(h.buffer.style(at: x, row), hitStyle, "x=\(x)") }
    XCTAssertEqual(h.buffer.style(at: start + 8, row), textStyle)
    h.press(.character("n"))
    XCTAssertEqual(h.app.state.scroll(.posts).selected, 3)
    XCTAssertTrue(h.statusBar.contains("hit 2/2"), h.statusBar)
    h.press(.character("n"))
    XCTAssertEqual(h.app.state.scroll(.posts).selected, 0)
    XCTAssertTrue(h.statusBar.contains("wrapped"), h.statusBar)
    h.press(.character("N"))
    XCTAssertEqual(h.app.state.scroll(.posts).selected, 3)
  }

  func testRegexSearchAndInvalidRegexMessage() throws {
    let h = try WorkflowHarness()
    h.press(.character("/"))
    h.type("re:(water|tyre)$")
    XCTAssertEqual(h.app.workflow.search?.mode, .regex)
    XCTAssertTrue(h.statusBar.contains("hit 1/1"), h.statusBar)
    XCTAssertEqual(h.app.state.scroll(.posts).selected, 3)
    h.press(.character("/"))
    h.type("re:(unclosed")
    XCTAssertTrue(h.statusBar.contains("not a valid regular expression"), h.statusBar)
    XCTAssertEqual(h.app.renderer.theme.style(.alert), h.buffer.style(at: 2, h.buffer.size.height - 1))
  }

  func testHelpListsTheWorkflowKeysAt80x24() throws {
    let h = try WorkflowHarness(width: 80, height: 24)
    h.press(.character("?"))
    for text in [
      "filter posts (picker)", "search (re:PAT", "mark handled", "undo this session's own marks", "export the",
    ] {
      XCTAssertTrue(h.buffer.contains(text), text)
    }
  }

  func testNoHitsInOnePostSaysPost() throws {
    let h = try WorkflowHarness()
    h.press(.character(":"))
    h.type("service=water complaints")
    h.press(.character("/"))
    h.type("zebra crossing")
    XCTAssertTrue(h.statusBar.contains("no hits for 'zebra crossing' in 2 posts"), h.statusBar)
    h.press(.character(":"))
    h.type("since=3m")  // added to the expression the prompt opens with
    h.press(.character("n"))
    XCTAssertTrue(h.statusBar.contains("in 1 post"), h.statusBar)
    XCTAssertFalse(h.statusBar.contains("1 posts"), h.statusBar)
  }
}
