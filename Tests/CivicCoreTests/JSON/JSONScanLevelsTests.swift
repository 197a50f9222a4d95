import XCTest

@testable import CivicCore

/// The C scanner (`cjsonscan_validate_at_level`, every level this CPU runs: byte by byte, SSE2, AVX2)
/// against the Swift `JSONValidator`: the same accept/reject and the same end index, on the JSONTestSuite, seeded
/// mutations of records, strings crossing the 16, 32 and 64-byte boundaries with every kind of byte that needs
/// attention at every offset, and invalid UTF-8 at every offset of a record.
final class JSONScanLevelsTests: XCTestCase {
  static let levels = Array(Int32(0)...JSONScanner.bestScanLevel)

  /// Fails when a level disagrees with the Swift validator on `bytes`; returns whether they are valid.
  @discardableResult
  func assertLevelsAgree(_ bytes: [UInt8], maxDepth: Int = JSONScanner.defaultMaxDepth, _ what: String) -> Bool {
    let expected = JSONScanner.index(bytes, level: nil, maxDepth: maxDepth)
    for level in Self.levels {
      let got = JSONScanner.index(bytes, level: level, maxDepth: maxDepth)
      if got != expected {
        XCTFail("level \(level) disagrees (\(expected == nil ? "invalid" : "valid") for Swift) on \(what)")
        return expected != nil
      }
    }
    // The public entry point (C scanner first, Swift for the error) says the same.
    XCTAssertEqual(JSONScanner.validate(bytes, maxDepth: maxDepth) == nil, expected != nil, what)
    return expected != nil
  }

  func testTheBestLevelIsUsedAndAnUnsupportedLevelRejects() {
    #if arch(x86_64)
      XCTAssertGreaterThanOrEqual(JSONScanner.bestScanLevel, 1)  // SSE2 at least
    #endif
    let valid = Array(#"{"a":"b"}"#.utf8)
    XCTAssertEqual(JSONScanner.index(valid, level: JSONScanner.bestScanLevel), [9, 4, -1, -1, -1, 8, -1, -1, -1])
    XCTAssertEqual(JSONScanner.index(valid, level: nil), [9, 4, -1, -1, -1, 8, -1, -1, -1])
    XCTAssertNil(JSONScanner.index(valid, level: JSONScanner.bestScanLevel + 1))
  }

  func testJSONTestSuiteFiles() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let folder = root.deletingLastPathComponent().appendingPathComponent("shared/conformance/json/test_parsing")
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else {
      throw XCTSkip("JSONTestSuite not found at \(folder.path) (../shared beside the package)")
    }
    var valid = 0
    for name in names.sorted() where name.hasSuffix(".json") {
      let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
      if assertLevelsAgree(bytes, name) { valid += 1 }
    }
    XCTAssertGreaterThan(valid, 90)
  }

  func testSeededMutationsOfRecords() {
    var rng = JSONFuzzTests.SeededGenerator(state: 0x5EED_0C5A)
    var valid = 0
    for seed in JSONFuzzTests.seeds {
      let bytes = Array(seed.utf8)
      XCTAssertTrue(assertLevelsAgree(bytes, "seed"))
      for round in 0..<20000 {
        let mutated = JSONFuzzTests.mutate(bytes, &rng)
        if assertLevelsAgree(mutated, maxDepth: round % 7 == 0 ? 3 : 512, "mutation \(round) of \(seed)") {
          valid += 1
        }
      }
    }
    XCTAssertGreaterThan(valid, 100)
  }

  /// Bytes placed inside a string body: the ones that end it, start an escape, are not allowed, or start UTF-8.
  static let specials: [[UInt8]] = [
    [0x22], [0x5C, 0x6E], [0x5C, 0x75, 0x30, 0x30, 0x65, 0x39], [0x5C, 0x75, 0x30, 0x30, 0x65], [0x5C, 0x78],
    [0x5C], [0x00], [0x1F], [0x0A], [0x7F], [0xC3, 0xA9], [0xC3], [0xE2, 0x82, 0xAC], [0xE2, 0x82],
    [0xED, 0xA0, 0x80], [0xF0, 0x9F, 0x98, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF], [0xFF], [0x80],
  ]

  func testStringsAcrossVectorBoundaries() {
    for lead in [0, 1, 15, 16, 17, 31, 32, 33, 63] {
      let padding = [UInt8](repeating: UInt8(ascii: " "), count: lead)
      for length in [0, 1, 14, 15, 16, 17, 30, 31, 32, 33, 62, 63, 64, 65, 100, 130] {
        for special in Self.specials {
          for at in stride(from: 0, through: length, by: length > 40 ? 7 : 1) {
            var body = [UInt8](repeating: UInt8(ascii: "a"), count: length)
            body.insert(contentsOf: special, at: at)
            // As an object member's value, as a key, and as the whole text (ending at the last byte).
            let member = padding + Array(#"{"key":""#.utf8) + body + Array(#"","n":1}"#.utf8)
            let key = padding + Array(#"{""#.utf8) + body + Array(#"":"v"}"#.utf8)
            let whole = padding + [0x22] + body + [0x22]
            assertLevelsAgree(member, "member lead \(lead) length \(length) special \(special) at \(at)")
            assertLevelsAgree(key, "key lead \(lead) length \(length) special \(special) at \(at)")
            assertLevelsAgree(whole, "string lead \(lead) length \(length) special \(special) at \(at)")
            // Cut short at the special byte: the text ends inside the string.
            assertLevelsAgree(Array(whole[0..<(lead + 1 + at + special.count)]), "cut string at \(at)")
          }
        }
      }
    }
  }

  /// Members whose key and value end at every offset around the 16 and 32-byte windows, chained with `,"`.
  func testMembersAcrossWindowEnds() {
    let values = [
      "", "v", String(repeating: "w", count: 13), String(repeating: "x", count: 14), String(repeating: "y", count: 30),
      String(repeating: "z", count: 31), String(repeating: "q", count: 45) + #"\n"#, #"caf\u00e9"#, #"caf\u{e9}"#,
      "\u{e9}t\u{e9}", "tab\there",
    ]
    for keyLength in 0..<40 {
      let key = String(repeating: "k", count: keyLength)
      for value in values {
        for text in [
          #"{"\#(key)":"\#(value)","b":"c"}"#, #"{"\#(key)":"\#(value)"}"#, #"{"\#(key)":"\#(value)" ,"b":1}"#,
          #"{"\#(key)":123,"\#(key)":-4.5e6}"#, #"{"\#(key)":"\#(value)","\#(key)":{"a":[1,"\#(value)"]}}"#,
          #"[{"\#(key)":"\#(value)"},{"\#(key)":0}]"#, #"{"\#(key)":01}"#, #"{"\#(key)":"\#(value)",}"#,
          #"{"\#(key)" :"\#(value)"}"#, #"{"\#(key)":"\#(value)"#, #"{"\#(key)":"\#(value)","#, #"{"\#(key)":-}"#,
        ] {
          assertLevelsAgree(Array(text.utf8), text)
        }
      }
    }
  }

  func testInvalidBytesAtEveryOffsetOfARecord() {
    let record = Array(JSONFuzzTests.seeds[0].utf8)
    XCTAssertTrue(assertLevelsAgree(record, "record"))
    for at in 0..<record.count {
      for byte: UInt8 in [0xFF, 0xC3, 0x80, 0x00, 0x22, 0x5C, 0x20] {
        var changed = record
        changed[at] = byte
        assertLevelsAgree(changed, "byte \(byte) at \(at)")
      }
      var encodedSurrogate = record
      encodedSurrogate.replaceSubrange(at..<at + 1, with: [0xED, 0xB0, 0x80])
      assertLevelsAgree(encodedSurrogate, "encoded surrogate at \(at)")
      assertLevelsAgree(Array(record[0..<at]), "cut at \(at)")
    }
  }

  func testNestingAndScalars() {
    let texts = [
      "[[[[[]]]]]", "[[[[[1]]]]]", "[[[[[1]]]]", "{\"a\":{\"b\":{\"c\":{}}}}", "[1,2,", "[-]", "[-0]", "[01]", "[1.]",
      "[1.5e]", "[1e+5]", "[1E-5,2.0e3]", "[truefalse]", "[true ,false, null ]", "[nul]", "tru", " 7 ", "7 x",
      "{\"a\" :1}", "{\"a\": 1 ,\"b\"\t:\n2}", "{\"a\"1}", "{,}", "[,]", "{\"a\":1,}", "[1,]", "\"\"", "{}", "[]",
    ]
    for text in texts {
      for maxDepth in [0, 1, 2, 3, 4, 5, 512] { assertLevelsAgree(Array(text.utf8), maxDepth: maxDepth, text) }
    }
  }
}
