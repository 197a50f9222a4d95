import XCTest

@testable import CivicCore

final class PluralTests: XCTestCase {
  func testPluralSaysOneNoun() {
    XCTAssertEqual(Plural.count(1, "post"), "1 post")
    XCTAssertEqual(Plural.count(0, "complaint"), "0 complaints")
    XCTAssertEqual(Plural.count(3, "example"), "3 examples")
    XCTAssertEqual(Plural.count(2, "entry", plural: "entries"), "2 entries")
    XCTAssertEqual(Plural.count(1_000, "post", number: { "#\($0)" }), "#1000 posts")
  }
}
