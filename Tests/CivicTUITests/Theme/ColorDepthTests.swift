import XCTest

@testable import CivicTUI

final class ColorDepthTests: XCTestCase {
  func testNoColorAndTheFlagWin() {
    let env = ["TERM": "xterm-256color", "COLORTERM": "truecolor"]
    XCTAssertEqual(ColorDepth.detect(environment: env, terminalColors: 256), .truecolor)
    XCTAssertEqual(ColorDepth.detect(environment: env.merging(["NO_COLOR": "1"]) { $1 }), .noColor)
    XCTAssertEqual(ColorDepth.detect(environment: env.merging(["NO_COLOR": "anything"]) { $1 }), .noColor)
    XCTAssertEqual(ColorDepth.detect(environment: env, noColorFlag: true), .noColor)
    // An empty NO_COLOR does not count (no-color.org).
    XCTAssertEqual(ColorDepth.detect(environment: env.merging(["NO_COLOR": ""]) { $1 }), .truecolor)
  }

  func testColorTermTruecolor() {
    XCTAssertEqual(ColorDepth.detect(environment: ["TERM": "xterm", "COLORTERM": "24bit"]), .truecolor)
    XCTAssertEqual(ColorDepth.detect(environment: ["TERM": "xterm", "COLORTERM": "TrueColor"]), .truecolor)
    XCTAssertEqual(ColorDepth.detect(environment: ["TERM": "xterm-256color", "COLORTERM": "yes"]), .colors256)
    // A terminal that reports no colours is believed over COLORTERM.
    XCTAssertEqual(
      ColorDepth.detect(environment: ["TERM": "vt100", "COLORTERM": "truecolor"], terminalColors: 0), .noColor)
  }

  func testTruecolorIsDrawnOnlyThroughADirectColourTerm() {
    XCTAssertEqual(ColorDepth.drawn(.truecolor, term: "xterm-256color"), .colors256)
    XCTAssertEqual(ColorDepth.drawn(.truecolor, term: "xterm-direct"), .truecolor)
    XCTAssertEqual(ColorDepth.drawn(.truecolor, term: "screen"), ColorDepth.guess(term: "screen"))
    XCTAssertLessThan(ColorDepth.drawn(.truecolor, term: "screen"), .truecolor)
    XCTAssertEqual(ColorDepth.drawn(.colors256, term: "xterm-direct"), .colors256, "only a truecolor request moves")
    XCTAssertEqual(ColorDepth.drawn(.noColor, term: "xterm-256color"), .noColor)
  }

  func testReportedColourCount() {
    let env = ["TERM": "xterm"]
    XCTAssertEqual(ColorDepth.detect(environment: env, terminalColors: 256), .colors256)
    XCTAssertEqual(ColorDepth.detect(environment: env, terminalColors: 88), .colors16)
    XCTAssertEqual(ColorDepth.detect(environment: env, terminalColors: 16), .colors16)
    XCTAssertEqual(ColorDepth.detect(environment: env, terminalColors: 8), .colors8)
    XCTAssertEqual(ColorDepth.detect(environment: env, terminalColors: 2), .noColor)
    XCTAssertEqual(ColorDepth.detect(environment: env, terminalColors: -1), .noColor)
    XCTAssertEqual(ColorDepth.detect(environment: env, terminalColors: 16_777_216), .truecolor)
  }

  func testGuessFromTerm() {
    XCTAssertEqual(ColorDepth.detect(environment: ["TERM": "tmux-256color"]), .colors256)
    XCTAssertEqual(ColorDepth.detect(environment: [:], term: "xterm-direct"), .truecolor)
    XCTAssertEqual(ColorDepth.detect(environment: [:], term: "rxvt-16color"), .colors16)
    XCTAssertEqual(ColorDepth.detect(environment: [:], term: "screen.xterm-256color"), .colors256)
    XCTAssertEqual(ColorDepth.detect(environment: [:], term: "xterm-kitty"), .colors256)
    XCTAssertEqual(ColorDepth.detect(environment: [:], term: "screen"), .colors8)
    XCTAssertEqual(ColorDepth.detect(environment: [:], term: "vt220"), .noColor)
    XCTAssertEqual(ColorDepth.detect(environment: [:], term: "dumb"), .noColor)
    XCTAssertEqual(ColorDepth.detect(environment: [:]), .noColor)
    XCTAssertEqual(ColorDepth.detect(environment: [:], term: "stupid-term"), .noColor)
  }

  func testOrdering() {
    XCTAssertLessThan(ColorDepth.noColor, .colors8)
    XCTAssertLessThan(ColorDepth.colors256, .truecolor)
    XCTAssertEqual(ColorDepth.allCases.sorted(), [.noColor, .colors8, .colors16, .colors256, .truecolor])
  }
}
