import Foundation
import XCTest

@testable import CivicCore

/// Every file of JSONTestSuite's test_parsing: `y_` must be accepted, `n_` rejected, `i_` must not crash.
final class JSONConformanceTests: XCTestCase {
  func testJSONTestSuiteParsing() throws {
    let directory = try SharedFixtures.directory("conformance/json/test_parsing")
    let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    XCTAssertGreaterThan(names.count, 300)
    var checked = 0
    for name in names where name.hasSuffix(".json") {
      let bytes = try [UInt8](Data(contentsOf: directory.appendingPathComponent(name)))
      let error = JSONScanner.validate(bytes)
      if name.hasPrefix("y_") {
        XCTAssertNil(error, "\(name) must be accepted, got \(error?.description ?? "")")
      } else if name.hasPrefix("n_") {
        XCTAssertNotNil(error, "\(name) must be rejected")
      }
      // i_ files: any answer, but navigating an accepted one must work too.
      if error == nil {
        _ = JSONScanner.withRoot(bytes) { root in Self.walk(root) }
      }
      checked += 1
    }
    XCTAssertGreaterThan(checked, 300)
  }

  /// Visits every value (strings unescaped) to prove navigation never traps on accepted input.
  static func walk(_ value: JSONValue) -> Int {
    switch value.kind {
    case .object:
      var total = 1
      value.forEachMember { key, member in
        total += key.string.utf8.count + walk(member)
        return true
      }
      return total
    case .array:
      var total = 1
      value.forEachElement {
        total += walk($0)
        return true
      }
      return total
    case .string: return value.string?.utf8.count ?? 0
    case .number: return value.text?.utf8.count ?? 0
    case .bool, .null: return 1
    }
  }
}
