import XCTest

@testable import CivicCore

/// `Post` keeps `authorName`, `language` and `url` as strings with presence bits: they must read, write, compare and
/// hash exactly as `String?` members did.
final class PostOptionalFieldsTests: XCTestCase {
  private func post(name: String?, language: String?, url: String?) -> Post {
    Post(
      id: "1", platform: .twitter, authorHandle: "jane", authorName: name, arrivalTime: 0, text: "hi",
      language: language, url: url)
  }

  func testValuesRoundTrip() {
    let values: [String?] = [nil, "", "Jane", "en", "https://example.org/1"]
    for name in values {
      for language in values {
        for url in values {
          var p = post(name: name, language: language, url: url)
          XCTAssertEqual(p.authorName, name)
          XCTAssertEqual(p.language, language)
          XCTAssertEqual(p.url, url)
          // Setting one member leaves the others alone.
          p.language = "fr"
          XCTAssertEqual(p.authorName, name)
          XCTAssertEqual(p.language, "fr")
          XCTAssertEqual(p.url, url)
          p.authorName = nil
          p.url = ""
          XCTAssertNil(p.authorName)
          XCTAssertEqual(p.language, "fr")
          XCTAssertEqual(p.url, "")
        }
      }
    }
  }

  func testEqualityAndHashingFollowTheOptionals() {
    let values: [String?] = [nil, "", "a"]
    var all: [(Post, (String?, String?, String?))] = []
    for name in values {
      for language in values {
        for url in values { all.append((post(name: name, language: language, url: url), (name, language, url))) }
      }
    }
    for (a, fieldsA) in all {
      for (b, fieldsB) in all {
        let same = fieldsA.0 == fieldsB.0 && fieldsA.1 == fieldsB.1 && fieldsA.2 == fieldsB.2
        XCTAssertEqual(a == b, same, "\(fieldsA) vs \(fieldsB)")
        if same { XCTAssertEqual(a.hashValue, b.hashValue) }
      }
    }
    // A member set to nil after holding text equals one never set.
    var p = post(name: "x", language: "y", url: "z")
    p.authorName = nil
    p.language = nil
    p.url = nil
    XCTAssertEqual(p, post(name: nil, language: nil, url: nil))
    XCTAssertEqual(Set([p, post(name: nil, language: nil, url: nil)]).count, 1)
  }
}
