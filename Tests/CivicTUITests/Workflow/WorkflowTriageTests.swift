import CivicCore
import CivicTestSupport
import Foundation
import XCTest

@testable import CivicTUI

final class WorkflowTriageTests: XCTestCase {
  func testDetailViewShowsTheWholePostAndWhy() throws {
    let h = try WorkflowHarness(width: 80, height: 24)
    h.app.workflow.explainRouting = { post in
      post.id == "w2"
        ? [ServiceMatch(serviceID: "water", serviceName: "Water supply", score: 2.5, terms: ["water pressure"])] : []
    }
    // Following: the selected row is the newest post (r3). Move to w2, the long one.
    h.press(.character("j"), .enter)
    let page = h.buffer.lines.joined(separator: "\n")
    XCTAssertTrue(page.contains("@dan (DAN)"), page)
    XCTAssertTrue(page.contains("on mastodon"))
    XCTAssertTrue(page.contains("No water pressure since Monday"))
    XCTAssertTrue(page.contains("from anyone"), "the whole text, wrapped")
    XCTAssertTrue(page.contains("https://example.social/@dan/w2"))
    XCTAssertTrue(page.contains("#civic3"))
    XCTAssertTrue(page.contains("Water supply (water), primary: routed here by \u{201C}water pressure\u{201D}"), page)
    XCTAssertTrue(page.contains("(score 2.50)"), "the router's score, on the wrapped line")
    XCTAssertTrue(page.contains("Roads (roads), also matched"))
    XCTAssertTrue(page.contains("complaint, score 0.87"))
    XCTAssertTrue(page.contains("\u{201C}again\u{201D}, \u{201C}damaged\u{201D}"))
    XCTAssertTrue(page.contains("Triage:     no marks"))
    // Every line fits the screen.
    for line in h.buffer.lines { XCTAssertEqual(DisplayWidth.width(of: line), 80) }
    h.press(.escape)
    XCTAssertNil(h.app.workflow.detail)
    XCTAssertTrue(h.postsTitle.contains("Posts"))
    // q in the detail view goes back, not out.
    h.press(.enter, .character("q"))
    XCTAssertNil(h.app.workflow.detail)
    XCTAssertFalse(h.app.state.shouldQuit)
  }

  func testMarkShowsMarkerAfterCommitAndUndoRemovesIt() throws {
    let h = try WorkflowHarness()
    let row = try XCTUnwrap(h.postRow(containing: "Another pothole"))
    XCTAssertEqual(h.buffer.text(at: h.markerColumn, row), " ")
    h.press(.character("h"))
    let marks = try h.store.changes(since: 0)
    XCTAssertEqual(marks.map(\.action), [.handled])
    XCTAssertEqual(marks.first?.postID, "r3")
    XCTAssertEqual(h.buffer.text(at: h.markerColumn, row), "✓")
    XCTAssertTrue(h.statusBar.contains("handled: @eve (mark #1 saved)"), h.statusBar)
    h.press(.character("u"))
    XCTAssertEqual(try h.store.changes(since: 0).map(\.action), [.handled, .undo])
    XCTAssertEqual(h.buffer.text(at: h.markerColumn, row), " ")
    XCTAssertTrue(h.statusBar.contains("undone: handled on r3"), h.statusBar)
    h.press(.character("u"))
    XCTAssertTrue(h.statusBar.contains("nothing to undo"), h.statusBar)
  }

  func testUndoTakesOnlyThisSessionsMarksNewestFirst() throws {
    // Two dashboards of the same officer on one store: each `u` undoes only its own dashboard's marks.
    let store = MemoryTriageStore()
    let a = try WorkflowHarness(store: store)
    let b = try WorkflowHarness(store: store)
    a.press(.character("h"), .character("j"), .character("x"))  // r3 handled (#1), w2 not a complaint (#2)
    b.press(.character("j"), .character("j"), .character("h"))  // r2 handled (#3), the newest mark
    a.press(.character("u"))
    XCTAssertTrue(a.statusBar.contains("undone: not a complaint on w2"), a.statusBar)
    XCTAssertEqual(try store.changes(since: 3).map(\.undoes), [2])
    a.press(.character("u"))
    XCTAssertTrue(a.statusBar.contains("undone: handled on r3"), a.statusBar)
    a.press(.character("u"))
    XCTAssertTrue(a.statusBar.contains("nothing to undo"), a.statusBar)
    XCTAssertEqual(try store.currentState(postIDs: ["r2"])["r2"]?.status, .handled, "the other dashboard's mark stays")
    b.press(.character("u"))
    XCTAssertTrue(b.statusBar.contains("undone: handled on r2"), b.statusBar)
  }

  func testUndoRightAfterAMarkWaitsForItAndTheHistoryShowsBoth() throws {
    let h = try WorkflowHarness()
    h.press(.enter)
    XCTAssertEqual(h.app.workflow.detail?.id, "r3")
    // Both keys before the first write finished: the undo is written after the mark, and cancels it.
    h.app.handle(.character("h"), on: h.buffer)
    h.app.handle(.character("u"), on: h.buffer)
    h.settle()
    h.app.draw(on: h.buffer)
    XCTAssertEqual(try h.store.history(postID: "r3").map(\.action), [.handled, .undo])
    let page = h.buffer.lines.joined(separator: "\n")
    XCTAssertTrue(page.contains("#1 officer handled"), page)
    XCTAssertTrue(page.contains("#2 officer undo (cancels #1)"), page)
    XCTAssertTrue(page.contains("Triage:     open"), page)
  }

  func testDetailViewNamesTheKeysThatActOnIt() throws {
    let h = try WorkflowHarness()
    h.press(.enter)
    let header = h.buffer.lines.first { $0.contains("Esc back") } ?? ""
    XCTAssertTrue(header.contains("c note"), header)
    // Every key the header names performs what it says, in the key map the dashboard uses.
    let expected: [String: WorkflowCommand] = [
      "handled": .markHandled, "escalate": .escalate, "not a complaint": .markNotComplaint, "note": .addNote,
      "undo": .undo,
    ]
    let hints = DetailPane.keyHints(h.app.state.keyMap)
    for (word, command) in expected {
      let range = try XCTUnwrap(hints.range(of: " " + word + " "), word)
      let key = hints[hints.index(before: range.lowerBound)]
      XCTAssertEqual(h.app.state.keyMap.action(for: .character(key)), .workflow(command), "\(key) \(word)")
    }
    h.press(.character("c"))
    XCTAssertEqual(h.app.workflow.prompt?.purpose, .note(try XCTUnwrap(h.app.workflow.detail)))
  }

  func testEscalateWithTeamAndNoteFromTheDetailView() throws {
    let h = try WorkflowHarness()
    h.press(.character("j"), .character("j"), .character("j"), .enter)
    XCTAssertEqual(h.app.workflow.detail?.id, "r1")
    h.press(.character("E"))
    XCTAssertTrue(h.statusBar.contains("escalate to team"), h.statusBar)
    h.type("Highways")
    h.press(.character("c"))
    h.type("called the resident back")
    let marks = try h.store.history(postID: "r1")
    XCTAssertEqual(marks.map(\.action), [.escalated, .note])
    XCTAssertEqual(marks.first?.team, "Highways")
    let page = h.buffer.lines.joined(separator: "\n")
    XCTAssertTrue(page.contains("Triage:     escalated to Highways, 1 note"), page)
    XCTAssertTrue(page.contains("Note:       called the resident back"))
    XCTAssertTrue(page.contains("escalated to Highways"))
    h.press(.escape)
    let row = try XCTUnwrap(h.postRow(containing: "Pothole on Mill Lane"))
    XCTAssertEqual(h.buffer.text(at: h.markerColumn, row), "▲")
    // Esc on a prompt cancels without a mark.
    h.press(.character("c"), .character("z"), .escape)
    XCTAssertEqual(try h.store.history(postID: "r1").count, 2)
  }

  func testTriageStateFilter() throws {
    let h = try WorkflowHarness()
    h.press(.character("x"))
    h.press(.character(":"))
    h.type(" state=open")
    XCTAssertTrue(h.postsTitle.contains("filter: open (4)"), h.postsTitle)
    XCTAssertFalse(h.postRows.joined().contains("Another pothole"))
  }

  func testReadOnlyStoreRefusesMarksWithTheReason() throws {
    let store = MemoryTriageStore(
      status: .readOnly(path: "/srv/state.db", reason: "attempt to write a readonly database"))
    let h = try WorkflowHarness(store: store)
    XCTAssertTrue(h.statusBar.contains("triage read-only: attempt to write a readonly database (/srv/state.db)"))
    let row = try XCTUnwrap(h.postRow(containing: "Another pothole"))
    h.press(.character("h"))
    XCTAssertTrue(h.statusBar.contains("mark refused: triage read-only"), h.statusBar)
    XCTAssertEqual(h.buffer.text(at: h.markerColumn, row), " ")
    XCTAssertEqual(try store.changes(since: 0), [])
    // The dashboard keeps going.
    h.press(.character("j"))
    XCTAssertEqual(h.app.state.scroll(.posts).selected, 1)
  }

  func testAnotherTerminalsMarkShowsAtTheNextPoll() throws {
    let store = MemoryTriageStore()
    let a = try WorkflowHarness(store: store)
    let b = try WorkflowHarness(store: store)
    a.press(.character("h"))
    let row = try XCTUnwrap(b.postRow(containing: "Another pothole"))
    b.app.draw(on: b.buffer)
    XCTAssertEqual(b.buffer.text(at: b.markerColumn, row), " ", "not before B polls")
    XCTAssertTrue(b.app.workflow.poll(now: LiveModel.wallClock() + 1_000))
    b.app.draw(on: b.buffer)
    XCTAssertEqual(b.buffer.text(at: b.markerColumn, row), "✓")
  }

  func testExportWritesTheFilteredViewAndSaysWhere() throws {
    let directory = try makeTemporaryFolder(prefix: "civicpulse-export").path
    let h = try WorkflowHarness(exportDirectory: directory)
    h.press(.character(":"))
    h.type("service=water")
    h.press(.character("e"))
    let files = try FileManager.default.contentsOfDirectory(atPath: directory)
    XCTAssertEqual(files.count, 1)
    let path = directory + "/" + files[0]
    XCTAssertTrue(path.hasSuffix(".csv"))
    XCTAssertTrue(h.statusBar.contains("exported 2 posts to \(directory)/civicpulse-posts-"), h.statusBar)
    let text = try String(contentsOfFile: path, encoding: .utf8)
    XCTAssertTrue(text.contains("No water pressure"))
    XCTAssertFalse(text.contains("Pothole"))
    h.press(.character("e"))
    XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory).count, 2, "never overwrites")
  }

  func testExportSaysOnePostAndWritesNoFileForAnEmptyView() throws {
    let directory = try makeTemporaryFolder(prefix: "civicpulse-export").path
    let h = try WorkflowHarness(exportDirectory: directory)
    h.press(.character(":"))
    h.type("service=water state=handled")
    h.press(.character("e"))
    XCTAssertTrue(h.statusBar.contains("nothing to export: no post matches the filter"), h.statusBar)
    XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory), [], "no empty file")
    // One post in the view: "1 post", not "1 posts".
    h.press(.character("F"))
    h.press(.character("h"))
    h.press(.character(":"))
    h.type("state=handled")
    h.press(.character("e"))
    XCTAssertTrue(h.statusBar.contains("exported 1 post to "), h.statusBar)
    XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory).count, 1)
  }

  /// The reason leads, so it shows at 80 columns (the file name used to push it off the status bar).
  func testExportToAMissingDirectoryFailsClearly() throws {
    let h = try WorkflowHarness(width: 80, height: 24, exportDirectory: "/nonexistent/civicpulse")
    h.press(.character("e"))
    XCTAssertTrue(
      h.statusBar.contains("export failed: no such directory /nonexistent/civicpulse ("),
      h.statusBar)
  }

  /// A path in a status message is drawn like a post's text, cell by cell through `DisplayWidth`: its control
  /// characters show as symbols and never reach the terminal (so the status bar needs no sanitising of its own).
  func testAnExportPathWithAnEscapeSequenceIsDrawnWithSymbols() throws {
    let h = try WorkflowHarness(width: 100, height: 24, exportDirectory: "/nonexistent/a\u{1B}[2J\u{07}b")
    h.press(.character("e"))
    XCTAssertTrue(h.statusBar.contains("no such directory /nonexistent/a␛[2J␇b"), h.statusBar)
    XCTAssertFalse(h.statusBar.unicodeScalars.contains { $0.value < 0x20 }, h.statusBar.debugDescription)
  }
}
