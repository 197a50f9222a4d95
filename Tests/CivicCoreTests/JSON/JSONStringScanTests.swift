import XCTest

@testable import CivicCore

/// The validator scans string bodies 16 bytes at a time and indexes plain keys and strings straight from that
/// mask: every special byte must be found wherever it falls relative to those 16-byte blocks, in keys and in
/// values, with the same verdict and the same decoded text as a byte-by-byte reading.
final class JSONStringScanTests: XCTestCase {
  /// Bytes put inside a string: what they decode to, or nil when the string is invalid.
  let specials: [(bytes: [UInt8], decoded: String?)] = [
    ([0x01], nil),  // control bytes are invalid
    ([0x1F], nil),
    ([0x0A], nil),
    ([0x80], nil),  // lone continuation byte
    ([0xC3], nil),  // truncated sequence
    ([0xED, 0xA0, 0x80], nil),  // encoded surrogate
    (Array(#"\x"#.utf8), nil),  // invalid escape
    ([0x7F], "\u{7F}"),  // DEL is allowed
    ([0x20], " "),
    (Array("é".utf8), "é"),
    (Array("😀".utf8), "😀"),
    (Array(#"\n"#.utf8), "\n"),
    (Array(#"\""#.utf8), "\""),
    (Array(#"\u0041"#.utf8), "A"),
  ]

  /// `{"<key>":"<value>","n":[1,2,3],"tail":"<32 x>"}` with `special` at `position` in the key or the value.
  func record(_ special: [UInt8], at position: Int, inKey: Bool) -> [UInt8] {
    let before = [UInt8](repeating: UInt8(ascii: "a"), count: position)
    let after = [UInt8](repeating: UInt8(ascii: "b"), count: 5)
    let body = before + special + after
    let plain = Array("value".utf8)
    var bytes = Array(#"{""#.utf8) + (inKey ? body : Array("key".utf8)) + Array(#"":""#.utf8)
    bytes += (inKey ? plain : body) + Array(#"","n":[1,2,3],"tail":""#.utf8)
    bytes += [UInt8](repeating: UInt8(ascii: "x"), count: 32) + Array(#""}"#.utf8)
    return bytes
  }

  func testSpecialBytesAtEveryPositionAroundTheBlocks() {
    for (special, decoded) in specials {
      for position in 0..<40 {
        for inKey in [false, true] {
          let bytes = record(special, at: position, inKey: inKey)
          let label = "\(special) at \(position) in \(inKey ? "key" : "value")"
          let error = JSONScanner.validate(bytes)
          guard let decoded else {
            XCTAssertNotNil(error, label)
            continue
          }
          XCTAssertNil(error, label)
          let expected = String(repeating: "a", count: position) + decoded + "bbbbb"
          let found = try? JSONScanner.withRoot(bytes) { root -> [String] in
            var out: [String] = []
            root.forEachMember { key, value in
              out.append(key.string)
              out.append(value.string ?? value.text ?? "-")
              return true
            }
            return out
          }.get()
          let pad = String(repeating: "x", count: 32)
          XCTAssertEqual(
            found,
            inKey
              ? [expected, "value", "n", "-", "tail", pad] : ["key", expected, "n", "-", "tail", pad], label)
        }
      }
    }
  }

  func testUnterminatedStringsNearTheEndAreErrors() {
    for length in 0..<40 {
      let text = #"{"k":""# + String(repeating: "a", count: length)
      XCTAssertNotNil(JSONScanner.validate(Array(text.utf8)), "length \(length)")
      let unquotedKey = #"{""# + String(repeating: "k", count: length)
      XCTAssertNotNil(JSONScanner.validate(Array(unquotedKey.utf8)), "key length \(length)")
      let noColon = #"{""# + String(repeating: "k", count: length) + #"" 1}"#
      XCTAssertNotNil(JSONScanner.validate(Array(noColon.utf8)), "no colon, key length \(length)")
      let spacedColon = #"{""# + String(repeating: "k", count: length) + #"" : 1}"#
      XCTAssertNil(JSONScanner.validate(Array(spacedColon.utf8)), "spaced colon, key length \(length)")
    }
  }
}
