import CivicCore
import XCTest

final class SearchCursorTests: XCTestCase {
  private let cursor = SearchCursor(hits: [7, 2, 11, 2])

  func testHitsAreSortedAndUnique() {
    XCTAssertEqual(cursor.hits, [2, 7, 11])
    XCTAssertEqual(cursor.count, 3)
  }

  func testNextWrapsToTop() {
    XCTAssertEqual(cursor.next(after: nil), .init(index: 2, wrapped: false))
    XCTAssertEqual(cursor.next(after: 2), .init(index: 7, wrapped: false))
    XCTAssertEqual(cursor.next(after: 3), .init(index: 7, wrapped: false))
    XCTAssertEqual(cursor.next(after: 11), .init(index: 2, wrapped: true))
    XCTAssertNil(cursor.next(after: 11, wrap: false))
  }

  func testPreviousWrapsToBottom() {
    XCTAssertEqual(cursor.previous(before: nil), .init(index: 11, wrapped: false))
    XCTAssertEqual(cursor.previous(before: 11), .init(index: 7, wrapped: false))
    XCTAssertEqual(cursor.previous(before: 8), .init(index: 7, wrapped: false))
    XCTAssertEqual(cursor.previous(before: 2), .init(index: 11, wrapped: true))
    XCTAssertNil(cursor.previous(before: 1, wrap: false))
  }

  func testOrdinalForCounter() {
    XCTAssertEqual(cursor.ordinal(of: 7), 2)
    XCTAssertNil(cursor.ordinal(of: 8))
  }

  func testEmptyCursorNeverJumps() {
    let empty = SearchCursor(hits: [])
    XCTAssertTrue(empty.isEmpty)
    XCTAssertNil(empty.next(after: 0))
    XCTAssertNil(empty.previous(before: nil))
  }

  func testCursorOverPosts() throws {
    let posts = ["flooding", "bins", "flooded road"].enumerated().map { FilterFixtures.post("\($0)", text: $1) }
    let cursor = SearchCursor(posts: posts, search: try PostSearch(pattern: "flood"))
    XCTAssertEqual(cursor.hits, [0, 2])
  }
}
