import CivicCore
import XCTest

@testable import CivicTUI

/// The alert list cuts long service names with the glyph set's ellipsis, like every other pane.
final class AlertListEllipsisTests: XCTestCase {
  private let alert = Alert(
    id: 1, service: "pavements", serviceName: "Pavements, sidewalks and footpaths", start: 1_780_000_000_000,
    complaints: 12, expected: 2, severity: .medium)

  private func listed(asciiOnly: Bool) -> String {
    let buffer = CellBuffer(width: 100, height: 30, asciiOnly: asciiOnly)
    let context = RenderContext(screen: buffer, theme: ThemeLoader.compiledDefault())
    AlertListOverlay().draw([alert], top: 0, context: context)
    return buffer.lines.first { $0.contains("Pavements") } ?? buffer.lines.joined(separator: "\n")
  }

  func testUnicodeAndAsciiEllipsis() {
    let unicode = listed(asciiOnly: false)
    XCTAssertTrue(unicode.contains("Pavements, sidewalk…"), unicode)
    XCTAssertFalse(unicode.contains("~"), unicode)
    let ascii = listed(asciiOnly: true)
    XCTAssertTrue(ascii.contains("Pavements, sidewalk" + String(Glyphs.ascii.ellipsis)), ascii)
    XCTAssertTrue(ascii.unicodeScalars.allSatisfy(\.isASCII), ascii)
  }
}
