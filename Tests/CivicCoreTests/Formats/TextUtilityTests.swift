import XCTest

@testable import CivicCore

final class TextUtilityTests: XCTestCase {
  func testTimestampForms() {
    let expected: EpochMillis = 1_539_202_764_000  // 2018-10-10T20:19:24Z
    XCTAssertEqual(TimestampParser.parse("Wed Oct 10 20:19:24 +0000 2018"), expected)
    XCTAssertEqual(TimestampParser.parse("Wed Oct 10 22:19:24 +0200 2018"), expected)
    XCTAssertEqual(TimestampParser.parse("Wed Oct 10 20:19:24 UTC 2018"), expected)
    XCTAssertEqual(TimestampParser.parse("2018-10-10T20:19:24Z"), expected)
    XCTAssertEqual(TimestampParser.parse("2018-10-10T20:19:24.000Z"), expected)
    XCTAssertEqual(TimestampParser.parse("2018-10-10T20:19:24.123456Z"), expected + 123)
    XCTAssertEqual(TimestampParser.parse("2018-10-10T20:19:24.12345678Z"), expected + 123)
    XCTAssertEqual(TimestampParser.parse("2018-10-10T20:19:24+00:00"), expected)
    XCTAssertEqual(TimestampParser.parse("2018-10-10T21:19:24+01:00"), expected)
    XCTAssertEqual(TimestampParser.parse("2018-10-10T20:19:24"), expected)
    XCTAssertEqual(TimestampParser.parse("2018-10-10 12:19:24 -0800"), expected)
    XCTAssertEqual(TimestampParser.parse("1539202764"), expected)
    XCTAssertEqual(TimestampParser.parse("1539202764.5"), expected + 500)
    XCTAssertEqual(TimestampParser.parse("1539202764000"), expected)
    XCTAssertEqual(TimestampParser.parse("1539202764000000"), expected)
    XCTAssertEqual(TimestampParser.parse("2018-10-10"), expected - (20 * 3600 + 19 * 60 + 24) * 1000)
    XCTAssertEqual(TimestampParser.parse("2000-02-29T00:00:00Z"), 951_782_400_000)
    XCTAssertNil(TimestampParser.parse("2018-1x-10T20:19:24.000Z"))
    XCTAssertNil(TimestampParser.parse("2018-13-10T20:19:24.000Z"))
    XCTAssertNil(TimestampParser.parse("yesterday"))
    XCTAssertNil(TimestampParser.parse("2018-13-10T20:19:24Z"))
    XCTAssertNil(TimestampParser.parse("Wed Foo 10 20:19:24 +0000 2018"))
    XCTAssertNil(TimestampParser.parse(""))
  }

  func testHTMLToText() {
    XCTAssertEqual(
      HTMLText.plainText(
        "<p>Bus 42 late &amp; full</p><p>again<br>today &#8212; <a href=\"x\">#<span>Buses</span></a></p>"),
      "Bus 42 late & full\n\nagain\ntoday — #Buses")
    XCTAssertEqual(
      HTMLText.plainText(
        "see <a href=\"https://x.org/a\"><span class=\"invisible\">https://</span><span class=\"\">x.org/a</span></a>"),
      "see https://x.org/a")
    XCTAssertEqual(HTMLText.plainText("no tags &lt;3 &#x1F68C; &bogus; a < b"), "no tags <3 🚌 &bogus; a < b")
  }

  func testEntityDecoding() {
    XCTAssertEqual(
      HTMLEntities.decode("fish &amp; chips &lt;3 &gt; &quot;x&quot; &#39;y&#39; &amp"),
      "fish & chips <3 > \"x\" 'y' &amp")
  }

  func testHashtagExtraction() {
    XCTAssertEqual(
      HashtagExtractor.extract(from: "#Bins not collected #東京 ok #2024 a#b https://x.org/#frag (#rail_works)"),
      ["Bins", "東京", "rail_works"])
    XCTAssertEqual(HashtagExtractor.extract(from: "no tags here"), [])
  }

  func testOffsetSlicing() {
    let text = "🚌 late #buses"
    // Twitter indices count code points: the emoji is one.
    XCTAssertEqual(HashtagExtractor.slice(text, codePoints: 7..<13), "#buses")
    // Bluesky byte offsets: the emoji is four bytes.
    XCTAssertEqual(HashtagExtractor.slice(text, utf8: 10..<16), "#buses")
    XCTAssertNil(HashtagExtractor.slice(text, utf8: 1..<3))
  }
}
