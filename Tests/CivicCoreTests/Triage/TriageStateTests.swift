import CivicCore
import XCTest

final class TriageStateTests: XCTestCase {
  private typealias F = FilterFixtures

  func testNoMarksNoState() {
    XCTAssertNil(TriageState.reduce([]))
  }

  func testLatestStatusWinsAndNotesAccumulate() throws {
    let state = try XCTUnwrap(
      TriageState.reduce([
        F.mark(3, "p", .note, note: "rang the depot"), F.mark(1, "p", .handled, officer: "ana"),
        F.mark(2, "p", .escalated, team: "waste", officer: "ben"), F.mark(4, "p", .note, note: "crew sent"),
      ]))
    XCTAssertEqual(state.status, .escalated)
    XCTAssertEqual(state.team, "waste")
    XCTAssertEqual(state.officer, "ben")
    XCTAssertEqual(state.notes, ["rang the depot", "crew sent"])
    XCTAssertEqual(state.lastMarkID, 4)
    XCTAssertEqual(state.summary, "escalated to waste, 2 notes")
  }

  func testUndoRestoresThePreviousStatus() throws {
    let marks = [
      F.mark(1, "p", .handled), F.mark(2, "p", .notComplaint), F.mark(3, "p", .undo, undoes: 2),
    ]
    let state = try XCTUnwrap(TriageState.reduce(marks))
    XCTAssertEqual(state.status, .handled)
    XCTAssertEqual(state.lastMarkID, 3)
    let all = try XCTUnwrap(TriageState.reduce(marks + [F.mark(4, "p", .undo, undoes: 1)]))
    XCTAssertEqual(all.status, .open)
    XCTAssertNil(all.officer)
    XCTAssertEqual(all.summary, "open")
  }

  func testUndoneNoteDisappears() throws {
    let state = try XCTUnwrap(
      TriageState.reduce([F.mark(1, "p", .note, note: "typo"), F.mark(2, "p", .undo, undoes: 1)]))
    XCTAssertEqual(state.notes, [])
    XCTAssertEqual(state.status, .open)
  }

  func testStatusNames() {
    XCTAssertEqual(TriageStatus(name: "Not-Complaint"), .notComplaint)
    XCTAssertEqual(TriageStatus(name: "new"), .open)
    XCTAssertNil(TriageStatus(name: "later"))
    XCTAssertEqual(TriageAction.notComplaint.rawValue, "not-complaint")
    XCTAssertNil(TriageAction.note.status)
  }
}
