import CivicCore
import XCTest

final class StoreStatusTests: XCTestCase {
  func testMessagesNameThePathOnce() {
    XCTAssertEqual(StoreStatus.readWrite(path: "/s.db").message, "triage state: /s.db")
    XCTAssertEqual(
      StoreStatus.readOnly(path: "/s.db", reason: "/s.db is not writable").message,
      "triage read-only: /s.db is not writable")
    XCTAssertEqual(
      StoreStatus.unavailable(path: "/s.db", reason: "no state file yet").message,
      "triage disabled: no state file yet (/s.db)")
  }

  func testCapabilities() {
    XCTAssertTrue(StoreStatus.readWrite(path: "p").canWrite)
    XCTAssertFalse(StoreStatus.readOnly(path: "p", reason: "r").canWrite)
    XCTAssertTrue(StoreStatus.readOnly(path: "p", reason: "r").canRead)
    XCTAssertFalse(StoreStatus.unavailable(path: "p", reason: "r").canRead)
  }
}
