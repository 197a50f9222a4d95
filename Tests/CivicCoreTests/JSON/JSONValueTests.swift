import XCTest

@testable import CivicCore

final class JSONValueTests: XCTestCase {
  func root<R>(_ text: String, _ body: (JSONValue) -> R) -> R? {
    try? JSONScanner.withRoot(Array(text.utf8), body).get()
  }

  func testObjectLookupArrayIterationAndRawNumbers() {
    let json = #" {"a": {"b" : [1, "two", {"c": 12345678901234567890123}]}, "id": 99, "s": "x"} "#
    let result = root(json) { root -> [String] in
      var out: [String] = []
      root["a", "b"]?.forEachElement {
        out.append($0.text ?? "-")
        return true
      }
      out.append(root["a", "b"]?.elements.last?["c"]?.text ?? "-")
      out.append(String(root["id"]?.int64 ?? 0))
      out.append(root["missing"] == nil ? "absent" : "present")
      out.append(root["s"]?.stringEquals("x") == true ? "eq" : "ne")
      return out
    }
    XCTAssertEqual(result, ["1", "two", "-", "12345678901234567890123", "99", "absent", "eq"])
  }

  func testUnescapingAndLoneSurrogates() {
    let json = #"["a\"b\\c\/\n\u00e9\ud83d\ude00", "\ud800x", "\udc00\ud800", "\u0041"]"#
    let strings = root(json) { $0.elements.map { $0.string ?? "nil" } }
    XCTAssertEqual(strings, ["a\"b\\c/\né😀", "\u{FFFD}x", "\u{FFFD}\u{FFFD}", "A"])
  }

  func testEscapedKeyMatchesLiteral() {
    XCTAssertEqual(root(#"{"t\u0065xt": "hi"}"#) { $0["text"]?.string }, "hi")
  }

  func testErrorsCarryOffsetAndReason() {
    XCTAssertEqual(
      JSONScanner.validate(Array(#"{"a":1 "b":2}"#.utf8))?.description, "invalid JSON at byte 7: expected ',' or '}'")
    XCTAssertEqual(JSONScanner.validate(Array(#"{"a":1,}"#.utf8))?.reason, "expected a string key")
    XCTAssertEqual(JSONScanner.validate([0x22, 0xC3, 0x28, 0x22])?.description, "invalid UTF-8 at byte 1")
    XCTAssertEqual(JSONScanner.validate(Array(#"{"a":"#.utf8))?.reason, "unexpected end of input")
    XCTAssertEqual(JSONScanner.validate(Array("01".utf8))?.reason, "unexpected data after the JSON value")
    XCTAssertEqual(JSONScanner.validate([])?.reason, "empty input")
  }
}
