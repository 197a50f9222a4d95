import XCTest

@testable import CivicCore

final class DedupWindowTests: XCTestCase {
  func testRecentIdsAreDuplicatesAndOldOnesAreForgotten() {
    var window = DedupWindow(capacity: 3)
    XCTAssertTrue(window.insert("a"))
    XCTAssertFalse(window.insert("a"))
    XCTAssertTrue(window.insert("b"))
    XCTAssertTrue(window.insert("c"))
    XCTAssertTrue(window.insert("d"))  // evicts "a"
    XCTAssertEqual(window.count, 3)
    XCTAssertFalse(window.contains("a"))
    XCTAssertTrue(window.insert("a"))  // seen again after leaving the window: counted as new
    XCTAssertFalse(window.insert("c"))
    XCTAssertFalse(window.contains("b"))  // "b" was evicted by "a"
  }

  func testWindowStaysBounded() {
    var window = DedupWindow(capacity: 1000)
    for i in 0..<100_000 { _ = window.insert("id\(i)") }
    XCTAssertEqual(window.count, 1000)
    XCTAssertTrue(window.contains("id99999"))
    XCTAssertFalse(window.contains("id98999"))
  }
}
