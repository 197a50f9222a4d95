import CivicCore
import XCTest

final class CSVWriterTests: XCTestCase {
  func testQuotingFollowsRFC4180() {
    XCTAssertEqual(CSVWriter.field("plain"), "plain")
    XCTAssertEqual(CSVWriter.field("a,b"), "\"a,b\"")
    XCTAssertEqual(CSVWriter.field("say \"no\""), "\"say \"\"no\"\"\"")
    XCTAssertEqual(CSVWriter.field("two\nlines"), "\"two\nlines\"")
    XCTAssertEqual(CSVWriter.field("cr\rhere"), "\"cr\rhere\"")
    XCTAssertEqual(CSVWriter.field(""), "")
  }

  func testFormulaCellsAreDefused() {
    XCTAssertEqual(CSVWriter.field("=HYPERLINK(\"http://x\")"), "\"'=HYPERLINK(\"\"http://x\"\")\"")
    XCTAssertEqual(CSVWriter.field("+44 20 7946 0000"), "'+44 20 7946 0000")
    XCTAssertEqual(CSVWriter.field("-1 star"), "'-1 star")
    XCTAssertEqual(CSVWriter.field("@council fix it"), "'@council fix it")
    XCTAssertEqual(CSVWriter.field("\tcmd"), "'\tcmd")
    XCTAssertEqual(CSVWriter.field("a=b"), "a=b")
    XCTAssertEqual(CSVWriter.field("-0.5", guardFormula: false), "-0.5")
  }

  func testRowsUseTheLineEnding() {
    var crlf = CSVWriter()
    crlf.row(["a", "b,c"])
    crlf.row([.text("=1"), .number("-2")])
    XCTAssertEqual(crlf.text, "a,\"b,c\"\r\n'=1,-2\r\n")
    var lf = CSVWriter(lineEnding: "\n")
    lf.row(["x"])
    XCTAssertEqual(lf.text, "x\n")
  }
}
