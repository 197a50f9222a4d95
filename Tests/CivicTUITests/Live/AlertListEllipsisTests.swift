import CivicCore
import XCTest

@testable import CivicTUI

/// The alert list's service column: names shown whole when the box has room, cut with the glyph set's ellipsis
/// (like every other pane) when they are longer than the column.
final class AlertListEllipsisTests: XCTestCase {
  private func alert(_ name: String) -> Alert {
    Alert(
      id: 1, service: "pavements", serviceName: name, start: 1_780_000_000_000, complaints: 12, expected: 2,
      severity: .medium)
  }

  private func listed(_ name: String, width: Int = 100, asciiOnly: Bool) -> String {
    let buffer = CellBuffer(width: width, height: 30, asciiOnly: asciiOnly)
    let context = RenderContext(screen: buffer, theme: ThemeLoader.compiledDefault())
    AlertListOverlay().draw([alert(name)], top: 0, context: context)
    return buffer.lines.first { $0.contains("Pavements") } ?? buffer.lines.joined(separator: "\n")
  }

  func testUnicodeAndAsciiEllipsis() {
    let name = "Pavements, sidewalks, footpaths and kerbs of the town centre"
    let unicode = listed(name, asciiOnly: false)
    XCTAssertTrue(unicode.contains("Pavements, sidewalks, footpaths and…"), unicode)
    XCTAssertFalse(unicode.contains("~"), unicode)
    let ascii = listed(name, asciiOnly: true)
    XCTAssertTrue(ascii.contains("Pavements, sidewalks, footpaths and" + String(Glyphs.ascii.ellipsis)), ascii)
    XCTAssertTrue(ascii.unicodeScalars.allSatisfy(\.isASCII), ascii)
  }

  func testNamesOfTheDefaultTaxonomyAreWholeAt80Columns() {
    // The box had room to spare but cut every name at 20 cells ("Trains, trams and u…").
    for name in ["Trains, trams and underground", "Pavements, sidewalks and footpaths"] {
      let row = listed(name, width: 80, asciiOnly: false)
      XCTAssertTrue(row.contains(name + " "), row)
      XCTAssertTrue(row.contains("12 vs 2.0"), "the other columns stay on screen: \(row)")
      XCTAssertTrue(row.contains("medium"), row)
    }
    // The header's columns line up with the rows'.
    let buffer = CellBuffer(width: 80, height: 30)
    let context = RenderContext(screen: buffer, theme: ThemeLoader.compiledDefault())
    AlertListOverlay().draw([alert("Trains, trams and underground")], top: 0, context: context)
    let header = buffer.lines.first { $0.contains("service") } ?? ""
    let row = buffer.lines.first { $0.contains("Trains") } ?? ""
    XCTAssertEqual(
      header.range(of: "complaints").map { header.distance(from: header.startIndex, to: $0.lowerBound) },
      row.range(of: "12 vs").map { row.distance(from: row.startIndex, to: $0.lowerBound) })
  }

  func testComplaintsAreGroupedLikeEveryOtherCount() {
    // The list said "2948 vs 55.0" where the Services pane and the wall say "2,948".
    var big = alert("Buses")
    big.complaints = 2948
    big.expected = 55
    let row = AlertListOverlay().lines([big]).first ?? ""
    XCTAssertTrue(row.contains("2,948 vs 55.0"), row)
  }
}
