import CivicCore
import XCTest

final class TriageLedgerTests: XCTestCase {
  private typealias F = FilterFixtures

  func testAppliesNewMarksOnceAndTracksLastID() {
    var ledger = TriageLedger()
    XCTAssertEqual(ledger.apply([F.mark(1, "a", .handled), F.mark(2, "b", .escalated, team: "roads")]), ["a", "b"])
    XCTAssertEqual(ledger.lastMarkID, 2)
    XCTAssertEqual(ledger.apply([F.mark(2, "b", .handled)]), [], "an id already seen is ignored")
    XCTAssertEqual(ledger.state(of: "b")?.status, .escalated)
    XCTAssertEqual(ledger.apply([F.mark(3, "a", .undo, undoes: 1)]), ["a"])
    XCTAssertEqual(ledger.state(of: "a")?.status, .open)
    XCTAssertEqual(ledger.history(of: "a").map(\.id), [1, 3])
    XCTAssertNil(ledger.state(of: "c"))
  }

  func testForgetKeepsOnlyLivePosts() {
    var ledger = TriageLedger()
    ledger.apply([F.mark(1, "a", .handled), F.mark(2, "b", .handled)])
    ledger.forget(keeping: ["b"])
    XCTAssertEqual(Set(ledger.allStates.keys), ["b"])
    XCTAssertEqual(ledger.lastMarkID, 2)
  }
}
