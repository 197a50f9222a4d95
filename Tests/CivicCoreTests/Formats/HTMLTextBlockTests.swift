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

  /// A comment is no text, whatever it holds: a `>` inside it does not end it (HTML from other sources than
  /// Mastodon's sanitizer, e.g. a feed's description, may carry one); an unclosed one runs to the end.
  func testCommentsAreNoTextEvenWithAGreaterThanSignInside() {
    XCTAssertEqual(HTMLText.plainText("<p>Bins<!-- a > b --> missed</p>"), "Bins missed")
    XCTAssertEqual(
      HTMLText.plainText("<p>Road closed<!-- note: -> see > map --></p><p>again</p>"), "Road closed\n\nagain")
    XCTAssertEqual(HTMLText.plainText("Lights out <!-- never closed > x"), "Lights out")
    XCTAssertEqual(
      HTMLText.plainText("a<!-->b<!--->c"), "abc", "empty comments end at once, as the standard reads them")
  }
}
