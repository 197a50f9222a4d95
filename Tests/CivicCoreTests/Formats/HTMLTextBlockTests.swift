import XCTest

@testable import CivicCore

/// Mastodon keeps `<pre>` code blocks in `content` (its sanitizer allows pre, code, blockquote and lists): the
/// lines of a code block are the post's lines, not one run-on line.
final class HTMLTextBlockTests: XCTestCase {
  func testPreformattedBlockKeepsItsLines() {
    let html =
      "<p>The timetable feed fails:</p><pre><code>GET /v1/stops\n  500 error\n\nretry</code></pre><p>Fix it</p>"
    XCTAssertEqual(
      HTMLText.plainText(html), "The timetable feed fails:\n\nGET /v1/stops\n  500 error\n\nretry\n\nFix it")
  }

  func testNewlineRightAfterPreIsNotContent() {
    XCTAssertEqual(HTMLText.plainText("<pre>\nline one\r\nline two\n</pre>after"), "line one\nline two\nafter")
  }

  func testNewlinesOutsidePreStillReadAsSpaces() {
    XCTAssertEqual(
      HTMLText.plainText("<p>one\ntwo</p><pre>a\nb</pre><p>three\nfour</p>"), "one two\n\na\nb\n\nthree four")
  }
}
