import XCTest

@testable import CivicCore

final class LabelledCSVTests: XCTestCase {
  private func rows(_ text: String) -> [[String]] {
    LabelledCSV.rows(Array(text.utf8)).rows.map(\.cells)
  }

  func testQuotedCellsEmbeddedNewlinesAndDoubledQuotes() {
    let csv = "text,label\n\"bins, again\",1\n\"line one\nline two\",0\n\"she said \"\"no\"\"\",1\n"
    XCTAssertEqual(
      rows(csv), [["text", "label"], ["bins, again", "1"], ["line one\nline two", "0"], ["she said \"no\"", "1"]])
    let parsed = LabelledCSV.rows(Array(csv.utf8))
    XCTAssertEqual(parsed.rows.map(\.line), [1, 2, 3, 5])
  }

  func testCRLFBOMEmptyCellsBlankLinesAndNoFinalNewline() {
    XCTAssertEqual(rows("\u{FEFF}a,b\r\n\r\n,\r\nlast,1"), [["a", "b"], ["", ""], ["last", "1"]])
    XCTAssertEqual(rows("x,\"\"\n"), [["x", ""]])
    XCTAssertEqual(rows(""), [])
  }

  func testUnclosedQuoteIsReportedNotLost() {
    let parsed = LabelledCSV.rows(Array("ok,1\n\"never closed,1\nmore,0\n".utf8))
    XCTAssertEqual(parsed.rows.map(\.cells), [["ok", "1"]])
    XCTAssertEqual(parsed.bad.map(\.line), [2])
  }

  func testExamplesCountBadRowsAndDetectHeader() {
    let csv = "text,label\nbin missed,1\nlovely day,no\nmystery,maybe\nshort\n  ,1\nbus late,TRUE\n"
    let result = LabelledCSV.examples(Array(csv.utf8), textColumn: 0, labelColumn: 1)
    XCTAssertTrue(result.headerSkipped)
    XCTAssertEqual(
      result.examples,
      [
        LabelledText(text: "bin missed", complaint: true), LabelledText(text: "lovely day", complaint: false),
        LabelledText(text: "bus late", complaint: true),
      ])
    XCTAssertEqual(result.bad.map(\.line), [4, 5, 6])
    XCTAssertTrue(result.bad[0].reason.contains("maybe"))
  }

  func testColumnsHeaderModesAndPositiveLabel() {
    let csv = "id,sentiment,text\n1,negative,late again\n2,positive,thanks\n3,neutral,what time\n"
    let result = LabelledCSV.examples(
      Array(csv.utf8), textColumn: 2, labelColumn: 1, header: .present, labels: .positive("negative"))
    XCTAssertEqual(result.examples.map(\.complaint), [true, false, false])
    XCTAssertEqual(result.bad, [])
    let noHeader = LabelledCSV.examples(Array("a,1\nb,0\n".utf8), textColumn: 0, labelColumn: 1, header: .absent)
    XCTAssertEqual(noHeader.examples.count, 2)
    XCTAssertFalse(noHeader.headerSkipped)
  }

  func testBadRowReasonsNameTheMissingColumnAndNeverCarryControlCharacters() {
    // QA: `eval --labels /bin/ls` printed the binary's bytes (escape sequences included) to the terminal, and a
    // file without its label column said "has 1 cells, needs 2".
    let csv = "text,label\nbins missed,\u{1B}[2J\u{1B}]0;pwned\u{07}\nno label here\n"
    let result = LabelledCSV.examples(Array(csv.utf8), textColumn: 0, labelColumn: 1)
    XCTAssertEqual(result.bad.map(\.line), [2, 3])
    XCTAssertEqual(result.bad[0].reason, "label '␛[2J␛]0;pwned␇' is not 0/1, yes/no or true/false")
    XCTAssertEqual(result.bad[1].reason, "has 1 cell, no column 2 (the label)")
    let wide = LabelledCSV.examples(Array("a,1,x\n".utf8), textColumn: 4, labelColumn: 1, header: .absent)
    XCTAssertEqual(wide.bad.map(\.reason), ["has 3 cells, no column 5 (the text)"])
  }

  func testPrintableTextKeepsWordsAndDropsEscapes() {
    // `eval --errors` printed a text's escape sequences raw (colours, a window title).
    XCTAssertEqual(
      TerminalText.printable("bins\nmissed \u{1B}[31mRED\u{1B}]0;t\u{07}\tcafé 🙄"), "bins missed ␛[31mRED␛]0;t␇ café 🙄")
  }
}
