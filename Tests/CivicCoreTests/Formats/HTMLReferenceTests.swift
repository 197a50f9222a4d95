import XCTest

@testable import CivicCore

/// Numeric character references from 128 to 159 mean Windows-1252 characters (the HTML standard's table), not
/// C1 control characters: `&#146;` is the apostrophe old content-management systems write.
final class HTMLReferenceTests: XCTestCase {
  func testWindows1252RangeMapsToItsCharacters() {
    XCTAssertEqual(HTMLEntities.decode("it&#146;s &#128;5 &#147;late&#148; &#150; &#133;"), "it’s €5 “late” – …")
    XCTAssertEqual(HTMLEntities.decode("&#x80;&#x9F;&#x8A;"), "€ŸŠ")
    XCTAssertEqual(HTMLText.plainText("<p>don&#146;t &#153;</p>"), "don’t ™")
  }

  func testUnassignedWindows1252BytesAreDroppedLikeControls() {
    // 0x81, 0x8D, 0x8F, 0x90 and 0x9D have no Windows-1252 character: no C1 control reaches the text.
    XCTAssertEqual(HTMLEntities.decode("a&#129;b&#x8D;c&#143;d&#144;e&#157;f"), "abcdef")
    for scalar in HTMLEntities.decode("&#128;&#129;&#130;&#159;").unicodeScalars {
      XCTAssertFalse((0x80...0x9F).contains(scalar.value), "C1 control U+\(String(scalar.value, radix: 16))")
    }
    // Just outside the range, nothing changes.
    XCTAssertEqual(HTMLEntities.decode("&#127;x&#160;y"), "x\u{A0}y")
  }
}
