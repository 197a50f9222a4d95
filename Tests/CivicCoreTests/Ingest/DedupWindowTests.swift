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

  func testTableStaysConsistentUnderHeavyChurn() {
    // A small table with many evictions exercises probe runs that wrap around and backward-shift deletion.
    var window = DedupWindow(capacity: 37)
    var reference: [String] = []
    for i in 0..<20_000 {
      let id = "post-\((i * 7919) % 5003)"
      let expected = !reference.contains(id)
      XCTAssertEqual(window.insert(id), expected, "insert \(id) at step \(i)")
      if expected {
        reference.append(id)
        if reference.count > 37 { reference.removeFirst() }
      }
      XCTAssertEqual(window.count, reference.count)
    }
    for id in reference { XCTAssertTrue(window.contains(id)) }
  }

  func testWindowStaysBounded() {
    var window = DedupWindow(capacity: 1000)
    for i in 0..<100_000 { _ = window.insert("id\(i)") }
    XCTAssertEqual(window.count, 1000)
    XCTAssertTrue(window.contains("id99999"))
    XCTAssertFalse(window.contains("id98999"))
  }
}
