import CivicCore
import XCTest

final class MemoryTriageStoreTests: XCTestCase {
  func testBehavesLikeTheSharedStore() throws {
    let store = MemoryTriageStore(officer: "ana", clock: { 1_000 })
    let post = FilterFixtures.post("p1")
    let escalated = try store.mark(post: post, action: .escalated, team: "roads", note: nil)
    _ = try store.mark(post: FilterFixtures.post("p2"), action: .handled, team: "ignored", note: nil)
    XCTAssertEqual(try store.history(postID: "p2").first?.team, nil)
    XCTAssertEqual(try store.undoLast(by: "ana", postID: "p1")?.undoes, escalated.id)
    XCTAssertEqual(try store.currentState(postIDs: ["p1", "p2"]).mapValues(\.status), ["p1": .open, "p2": .handled])
    XCTAssertEqual(try store.changes(since: 1).map(\.id), [2, 3])
    XCTAssertEqual(store.storedPost("p1")?.text, post.text)
    XCTAssertNil(try store.undoLast(by: "ben", postID: nil))
    XCTAssertThrowsError(try store.mark(post: post, action: .undo, team: nil, note: nil))
  }

  func testReadOnlyStatusRefusesMarks() {
    let store = MemoryTriageStore(status: .readOnly(path: "/x", reason: "test"))
    XCTAssertThrowsError(try store.mark(post: FilterFixtures.post("p1"), action: .handled, team: nil, note: nil)) {
      XCTAssertEqual(String(describing: $0), "cannot mark: triage read-only: test (/x)")
    }
  }
}
