import CivicCore
import XCTest

final class TerminalTextTests: XCTestCase {
  /// Each line is made printable and the breaks between them stay, CRLF ones as they were (a CSV on a terminal);
  /// a CR inside a line, which would send the cursor back over it, becomes a space.
  func testPrintableLinesKeepsLineBreaksAndShowsTheRest() {
    XCTAssertEqual(
      TerminalText.printableLines("Error: a\u{1B}[2Jb\nUsage: x\ty\n"), "Error: a␛[2Jb\nUsage: x y\n")
    XCTAssertEqual(TerminalText.printableLines("h1,h2\r\nbins \u{1B}]0;t\u{07},1\r\n"), "h1,h2\r\nbins ␛]0;t␇,1\r\n")
    XCTAssertEqual(TerminalText.printableLines("over\rwritten"), "over written")
    XCTAssertEqual(TerminalText.printableLines(""), "")
  }
}
