import XCTest

@testable import CivicCore

/// Spreadsheets saved where `,` is the decimal separator write `;` between cells, and many tools export TSV: their
/// header row is recognised whatever the delimiter, and rows are cut by that delimiter only.
final class CSVDelimiterTests: XCTestCase {
  func testSemicolonFilesAreCSV() {
    let file =
      "text;author;date\nBins not collected again;sam;2024-05-10 09:00:00\n"
      + "\"Pothole; a huge one, on Mill Lane\";kim;2024-05-10 10:00:00\n\"Two\nlines; still one cell\";lee;\n"
    let tally = DecodeTally.run(file)
    XCTAssertEqual(tally.counts, [3, 0, 0], "\(tally.malformed)")
    XCTAssertEqual(
      tally.posts.map(\.text),
      ["Bins not collected again", "Pothole; a huge one, on Mill Lane", "Two\nlines; still one cell"])
    XCTAssertEqual(tally.posts.map(\.authorHandle), ["sam", "kim", "lee"])
    XCTAssertEqual(tally.posts.map(\.platform), [.csv, .csv, .csv])
    XCTAssertEqual(tally.posts.first?.eventTime, TimestampParser.parse("2024-05-10 09:00:00"))
  }

  func testTabSeparatedFilesAreCSV() {
    let file = "created_at\tuser\ttext\n2024-05-10T09:00:00Z\t@ana\tNo bus since 8, again; #buses\n"
    let tally = DecodeTally.run(file)
    XCTAssertEqual(tally.posts.map(\.text), ["No bus since 8, again; #buses"])
    XCTAssertEqual(tally.posts.first?.authorHandle, "ana")
    XCTAssertEqual(tally.posts.first?.hashtags, ["buses"])
  }

  func testASemicolonInAPlainTextLineIsNoHeader() {
    let tally = DecodeTally.run("Bins; not collected; again\nstill nothing\n")
    XCTAssertEqual(tally.posts.map(\.platform), [.text, .text])
    XCTAssertEqual(tally.posts.first?.text, "Bins; not collected; again")
  }

  func testGivenColumnsTakeTheFirstDelimiterOfTheFirstRow() throws {
    let options = DecoderOptions(csvColumns: try CSVColumnSpec(parsing: "text=2,author=1"))
    let tally = DecodeTally.run("sam;Bins, again, not collected\nkim;Pothole\n", options: options)
    XCTAssertEqual(tally.posts.map(\.text), ["Bins, again, not collected", "Pothole"])
    XCTAssertEqual(tally.posts.map(\.authorHandle), ["sam", "kim"])
    // A quoted first cell may hold the other delimiters.
    let quoted = DecodeTally.run(
      "\"Bins \"\"again\"\", not; collected\";sam\n\"Pothole\";kim\n", options: try gives("text=1,author=2"))
    XCTAssertEqual(quoted.posts.map(\.text), ["Bins \"again\", not; collected", "Pothole"])
    XCTAssertEqual(quoted.posts.map(\.authorHandle), ["sam", "kim"])
  }

  private func gives(_ spec: String) throws -> DecoderOptions {
    DecoderOptions(csvColumns: try CSVColumnSpec(parsing: spec))
  }
}
