import Foundation
import XCTest

@testable import CivicCore

/// Deterministic seeded mutations of valid documents: never a crash or hang, and on accept/reject the scanner
/// agrees with JSONSerialization wherever both define the answer.
final class JSONFuzzTests: XCTestCase {
  /// SplitMix64: a tiny deterministic generator so every run mutates the same way.
  struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  static let seeds: [String] = [
    #"{"data":{"id":"1","text":"Bins not collected on Elm St #bins","author_id":"42","created_at":"2021-04-08T10:00:00.000Z","lang":"en","entities":{"hashtags":[{"start":29,"end":34,"tag":"bins"}]}},"includes":{"users":[{"id":"42","username":"jane","name":"Jane"}]}}"#,
    #"[1, -2.5e+10, 0.001, true, false, null, "a\"b\\c\/d\b\f\n\r\t\u00e9\ud83d\ude00", {}, [], {"k": [{"x": {}}]}]"#,
    #"{"statuses":[{"id_str":"9","text":"RT @a: hi &amp; bye","user":{"screen_name":"bob"}}],"search_metadata":{"count":1}}"#,
    "{\"text\":\"caf\u{e9} \u{1F68C} late again\",\"n\":12345678901234567890123}",
    #"  {"a" : [ 1 , 2 , { "b" : null } ] , "c" : "\u0041" }  "#,
  ]

  /// Bytes likely to change the meaning of JSON when inserted.
  static let interesting: [UInt8] = Array(#"{}[]",:\-+.eE0123456789tfnu "#.utf8) + [0x00, 0x0A, 0x7F, 0xC3, 0xFF]

  static func mutate(_ input: [UInt8], _ rng: inout SeededGenerator) -> [UInt8] {
    var bytes = input
    let steps = Int.random(in: 1...3, using: &rng)
    for _ in 0..<steps {
      guard !bytes.isEmpty else { break }
      let at = Int.random(in: 0..<bytes.count, using: &rng)
      switch Int.random(in: 0..<6, using: &rng) {
      case 0: bytes[at] ^= UInt8(1) << UInt8.random(in: 0..<8, using: &rng)
      case 1: bytes.removeSubrange(at...)
      case 2: bytes.insert(Self.interesting.randomElement(using: &rng) ?? 0x20, at: at)
      case 3: bytes.remove(at: at)
      case 4: bytes[at] = Self.interesting.randomElement(using: &rng) ?? 0x20
      default:
        let depth = Int.random(in: 1...40, using: &rng)
        bytes.insert(contentsOf: [UInt8](repeating: UInt8(ascii: "["), count: depth), at: at)
      }
    }
    return bytes
  }

  /// Cases where RFC 8259 leaves the answer to the implementation (JSONTestSuite's `i_` kinds): non-ASCII
  /// bytes (UTF-8 policies differ), surrogate escapes, and numbers that overflow a Double. Also excluded: a comma
  /// before `}`, which RFC 8259 forbids (JSONTestSuite `n_object_trailing_comma`) but Foundation accepts.
  static func bothDefined(_ bytes: [UInt8]) -> Bool {
    if bytes.contains(where: { $0 >= 0x80 }) { return false }
    let text = String(decoding: bytes, as: UTF8.self).lowercased()
    if text.contains("\\ud") { return false }
    if text.range(of: #",\s*\}"#, options: .regularExpression) != nil { return false }
    if text.contains("e+") || text.contains("e-") || text.range(of: #"[0-9]e"#, options: .regularExpression) != nil {
      return false
    }
    return true
  }

  func testSeededMutationsNeverCrashAndAgreeWithFoundation() {
    var rng = SeededGenerator(state: 20_240_611)
    var accepted = 0
    var rejected = 0
    var compared = 0
    var disagreements: [String] = []
    for round in 0..<6000 {
      let seed = Array(Self.seeds[round % Self.seeds.count].utf8)
      let bytes = Self.mutate(seed, &rng)
      let error = JSONScanner.validate(bytes)
      if error == nil {
        accepted += 1
        _ = JSONScanner.withRoot(bytes) { JSONConformanceTests.walk($0) }
      } else {
        rejected += 1
      }
      guard Self.bothDefined(bytes) else { continue }
      compared += 1
      let foundation = (try? JSONSerialization.jsonObject(with: Data(bytes), options: .fragmentsAllowed)) != nil
      if foundation != (error == nil) {
        disagreements.append("\(String(decoding: bytes, as: UTF8.self)) scanner=\(error?.description ?? "ok")")
      }
    }
    XCTAssertGreaterThan(accepted, 100)
    XCTAssertGreaterThan(rejected, 1000)
    XCTAssertGreaterThan(compared, 3000)
    XCTAssertEqual(disagreements.count, 0, disagreements.prefix(5).joined(separator: "\n"))
  }

  func testVeryDeepNestingIsAnErrorNotACrash() {
    let deep =
      [UInt8](repeating: UInt8(ascii: "["), count: 100_000) + [UInt8](repeating: UInt8(ascii: "]"), count: 100_000)
    XCTAssertEqual(JSONScanner.validate(deep)?.reason, "nesting deeper than 512 levels")
    let objects = [UInt8](String(repeating: #"{"a":"#, count: 100_000).utf8)
    XCTAssertNotNil(JSONScanner.validate(objects))
    let ok = [UInt8](repeating: UInt8(ascii: "["), count: 512) + [UInt8](repeating: UInt8(ascii: "]"), count: 512)
    XCTAssertNil(JSONScanner.validate(ok))
  }
}
