import CivicCore
import CivicStore
import Foundation
import GRDB
import XCTest

final class TriageStoreTests: StoreTestCase {
  override func setUpWithError() throws {
    try super.setUpWithError()
    path = directory + "/nested/dir/state.db"
  }

  func testFreshDatabaseIsMigratedAndReopenKeepsVersion() throws {
    let (store, status) = TriageStore.open(path: path, options: StoreOptions(officer: "ana"))
    XCTAssertEqual(status, .readWrite(path: path))
    let first = try XCTUnwrap(store)
    XCTAssertEqual(try first.schemaVersion().userVersion, 1)
    XCTAssertEqual(try first.schemaVersion().migrations, ["v1"])
    XCTAssertEqual(try first.synchronousMode(), 2, "synchronous = FULL on the writer")
    _ = try first.mark(post: StoreTestSupport.post("p1"), action: .handled)

    let again = try StoreTestSupport.open(path)
    XCTAssertEqual(try again.schemaVersion().migrations, ["v1"])
    XCTAssertEqual(try again.history(postID: "p1").count, 1, "reopening keeps the marks")
    let journal = try DatabaseQueue(path: path).read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
    XCTAssertEqual(journal, "wal")
  }

  func testMarkIsCommittedBeforeItReturns() throws {
    let store = try StoreTestSupport.open(path, officer: "ana")
    let mark = try store.mark(post: StoreTestSupport.post("p1"), action: .escalated, team: " roads ", note: nil)
    XCTAssertEqual(mark.team, "roads")
    XCTAssertEqual(mark.officer, "ana")
    XCTAssertGreaterThan(mark.id, 0)
    // A separate connection (as another process would have) sees the row at once.
    let other = try DatabaseQueue(path: path)
    let row = try other.read { try Row.fetchOne($0, sql: "SELECT * FROM marks WHERE id = ?", arguments: [mark.id]) }
    XCTAssertEqual(row?["action"], "escalated")
    XCTAssertEqual(row?["team"], "roads")
  }

  func testHistoryUndoAndState() throws {
    let store = try StoreTestSupport.open(path, officer: "ana")
    let post = StoreTestSupport.post("p1")
    let handled = try store.mark(post: post, action: .handled, team: "ignored", note: nil)
    XCTAssertNil(handled.team, "only escalations carry a team")
    _ = try store.mark(post: post, action: .note, team: nil, note: "rang the depot")
    let wrong = try store.mark(post: post, action: .notComplaint, team: nil, note: nil)
    XCTAssertEqual(try store.currentState(postIDs: ["p1"])["p1"]?.status, .notComplaint)

    let undo = try XCTUnwrap(try store.undoLast())
    XCTAssertEqual(undo.action, .undo)
    XCTAssertEqual(undo.undoes, wrong.id)
    let state = try XCTUnwrap(try store.currentState(postIDs: ["p1"])["p1"])
    XCTAssertEqual(state.status, .handled)
    XCTAssertEqual(state.notes, ["rang the depot"])

    let second = try XCTUnwrap(try store.undoLast(by: "ana", postID: nil))
    XCTAssertEqual(second.undoes, wrong.id - 1, "the next undo cancels the note, not the undone mark again")
    XCTAssertEqual(try store.currentState(postIDs: ["p1"])["p1"]?.notes, [])
    XCTAssertEqual(try store.history(postID: "p1").map(\.action), [.handled, .note, .notComplaint, .undo, .undo])
  }

  func testUndoOnlyTouchesTheOfficersOwnMarks() throws {
    let ana = try StoreTestSupport.open(path, officer: "ana")
    let ben = try StoreTestSupport.open(path, officer: "ben")
    let anaMark = try ana.mark(post: StoreTestSupport.post("a"), action: .handled, team: nil, note: nil)
    _ = try ben.mark(post: StoreTestSupport.post("b"), action: .handled, team: nil, note: nil)
    XCTAssertEqual(try ana.undoLast()?.undoes, anaMark.id)
    XCTAssertNil(try ana.undoLast(), "nothing left to undo for ana")
    XCTAssertEqual(try ben.currentState(postIDs: ["a", "b"]).mapValues(\.status), ["a": .open, "b": .handled])
    XCTAssertNil(try ben.undoLast(by: "ben", postID: "a"), "ben has no mark on a")
  }

  func testUndoOfOneMarkById() throws {
    let store = try StoreTestSupport.open(path, officer: "ana")
    let first = try store.mark(post: StoreTestSupport.post("a"), action: .handled, team: nil, note: nil)
    let second = try store.mark(post: StoreTestSupport.post("b"), action: .handled, team: nil, note: nil)
    let undo = try XCTUnwrap(try store.undo(markID: first.id, by: "ana"))
    XCTAssertEqual(undo.undoes, first.id, "the mark asked for, not the newest")
    XCTAssertEqual(undo.postID, "a")
    XCTAssertNil(try store.undo(markID: first.id, by: "ana"), "already undone")
    XCTAssertNil(try store.undo(markID: undo.id, by: "ana"), "an undo is not undone")
    XCTAssertNil(try store.undo(markID: 999, by: "ana"), "no such mark")
    XCTAssertEqual(try store.currentState(postIDs: ["a", "b"]).mapValues(\.status), ["a": .open, "b": .handled])
    XCTAssertEqual(try store.changes(since: second.id).count, 1)
  }

  func testPostsAreStoredWithMarksAndUpdated() throws {
    let store = try StoreTestSupport.open(path)
    _ = try store.mark(post: StoreTestSupport.post("p1", text: "first text"), action: .handled, team: nil, note: nil)
    _ = try store.mark(post: StoreTestSupport.post("p1", text: "edited text"), action: .note, team: nil, note: "x")
    let stored = try XCTUnwrap(try store.storedPosts()["p1"])
    XCTAssertEqual(stored.text, "edited text")
    XCTAssertEqual(stored.service, "waste")
    XCTAssertEqual(stored.eventTime, 1_795_737_600_000)
    XCTAssertEqual(stored.platform, "mastodon")
    let log = try store.log()
    XCTAssertEqual(log.count, 2)
    XCTAssertEqual(log.map { $0.post?.text }, ["edited text", "edited text"])
    XCTAssertEqual(log.map(\.mark.officer), ["ana", "ana"])
  }

  func testLogSinceAndChangesSince() throws {
    let store = try StoreTestSupport.open(path)
    var ids: [Int64] = []
    for index in 1...5 {
      ids.append(try store.mark(post: StoreTestSupport.post("p\(index)"), action: .handled, team: nil, note: nil).id)
    }
    // The stepping clock gives marks times of +1s, +2s, ... after midnight.
    XCTAssertEqual(try store.log(since: 1_795_737_600_000 + 4_000).map(\.mark.postID), ["p4", "p5"])
    XCTAssertEqual(try store.changes(since: ids[2]).map(\.id), Array(ids[3...]))
    XCTAssertEqual(try store.changes(since: 0, limit: 2).map(\.id), Array(ids[..<2]))
    XCTAssertEqual(try store.changes(since: ids[4]), [])
  }

  func testAnotherTerminalSeesMarksByPolling() throws {
    let wall = try StoreTestSupport.open(path, officer: "wall")
    let officer = try StoreTestSupport.open(path, officer: "ana")
    var ledger = TriageLedger()
    ledger.apply(try wall.changes(since: ledger.lastMarkID))
    XCTAssertNil(ledger.state(of: "p1"))
    _ = try officer.mark(post: StoreTestSupport.post("p1"), action: .escalated, team: "roads", note: nil)
    XCTAssertEqual(ledger.apply(try wall.changes(since: ledger.lastMarkID)), ["p1"])
    XCTAssertEqual(ledger.state(of: "p1")?.summary, "escalated to roads")
  }

  func testCurrentStateHandlesManyIDs() throws {
    let store = try StoreTestSupport.open(path)
    for index in [3, 700, 1_299] {
      _ = try store.mark(post: StoreTestSupport.post("p\(index)"), action: .handled, team: nil, note: nil)
    }
    let states = try store.currentState(postIDs: (0..<1_300).map { "p\($0)" })
    XCTAssertEqual(Set(states.keys), ["p3", "p700", "p1299"])
  }

  func testBadInputIsRefused() throws {
    let store = try StoreTestSupport.open(path)
    let post = StoreTestSupport.post("p1")
    let refusals: [(TriageAction, String?, String?, String)] = [
      (.note, nil, "   ", "a note needs some text"),
      (.undo, nil, nil, "use undo"),
      (.note, nil, String(repeating: "x", count: 2_001), "note too long"),
      (.escalated, String(repeating: "t", count: 101), nil, "team name too long"),
    ]
    for (action, team, note, expected) in refusals {
      XCTAssertThrowsError(try store.mark(post: post, action: action, team: team, note: note)) { error in
        XCTAssertEqual((error as? TriageStoreError)?.kind, .invalidInput)
        XCTAssertTrue(String(describing: error).contains(expected), "\(error)")
      }
    }
    XCTAssertEqual(try store.history(postID: "p1"), [])
  }

  func testDefaultPathFollowsXDG() {
    XCTAssertEqual(
      StatePath.resolve(nil, environment: ["XDG_STATE_HOME": "/var/state", "HOME": "/home/ana"]),
      "/var/state/civicpulse/state.db")
    XCTAssertEqual(
      StatePath.resolve(nil, environment: ["XDG_STATE_HOME": "relative", "HOME": "/home/ana"]),
      "/home/ana/.local/state/civicpulse/state.db")
    XCTAssertEqual(
      StatePath.resolve(nil, environment: ["HOME": "/home/ana"]), "/home/ana/.local/state/civicpulse/state.db")
    XCTAssertEqual(StatePath.resolve("~/s.db", environment: ["HOME": "/home/ana"]), "/home/ana/s.db")
    XCTAssertEqual(StatePath.resolve("/x/s.db", environment: [:]), "/x/s.db")
    XCTAssertEqual(StatePath.officer(environment: ["USER": "ana", "LOGNAME": "x"]), "ana")
    XCTAssertEqual(StatePath.officer(environment: ["LOGNAME": "ben"]), "ben")
    XCTAssertFalse(StatePath.officer(environment: [:]).isEmpty)
  }
}
