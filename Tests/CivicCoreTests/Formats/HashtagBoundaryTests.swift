import XCTest

@testable import CivicCore

/// What counts as a hashtag in text without entities (plain text, CSV, Mastodon content), against the rules of
/// twitter-text and Mastodon: a keycap emoji is no tag, a URL's fragment is no tag, a tag needs a letter.
final class HashtagBoundaryTests: XCTestCase {
  func testKeycapEmojiIsNoTag() {
    // "#️⃣" is '#', U+FE0F, U+20E3: twitter-text's hashtag pattern refuses a '#' followed by either.
    XCTAssertEqual(HashtagExtractor.extract(from: "Keycap #\u{FE0F}\u{20E3} in the queue #Clinic"), ["Clinic"])
    XCTAssertEqual(HashtagExtractor.extract(from: "#\u{20E3}1 waiting"), [])
    XCTAssertEqual(HashtagExtractor.extract(from: "#\u{FE0F}\u{20E3}1 waiting"), [])
  }

  func testFragmentOfAURLWithoutSchemeIsNoTag() {
    XCTAssertEqual(
      HashtagExtractor.extract(from: "see example.com/#section and council.gov.uk/bins/#collections #Bins"),
      ["Bins"])
    // Other places a '#' may follow still make tags.
    XCTAssertEqual(
      HashtagExtractor.extract(from: "(#rail) \"#tram\" ¡#bus! #café #东京"), ["rail", "tram", "bus", "café", "东京"])
  }

  func testTagNeedsALetterOrMark() {
    XCTAssertEqual(HashtagExtractor.extract(from: "#_ and #__1 and #2024 and #1st and #_bins"), ["1st", "_bins"])
    // A combining mark counts, as in twitter-text's [\p{L}\p{M}] (Devanagari: letters and vowel signs).
    XCTAssertEqual(HashtagExtractor.extract(from: "#हिंदी"), ["हिंदी"])
  }
}
