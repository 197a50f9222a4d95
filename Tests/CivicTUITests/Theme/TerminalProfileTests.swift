import XCTest

@testable import CivicTUI

final class TerminalProfileTests: XCTestCase {
  private let utf8 = ["LANG": "en_GB.UTF-8"]

  private func profile(
    _ term: String?, _ env: [String: String], colors: Int? = nil, lineDrawing: Bool? = nil
  ) throws -> TerminalProfile {
    try TerminalProfile.detect(term: term, env: env, terminalColors: colors, lineDrawing: lineDrawing)
  }

  func testDumbAndUnsetTermAreRefusedWithDirections() {
    for term in [nil, "", "dumb", "DUMB"] {
      XCTAssertThrowsError(try profile(term, utf8), String(describing: term)) { error in
        let message = (error as? TerminalProfile.Unsupported)?.description ?? ""
        XCTAssertTrue(message.contains("civicpulse report"), message)
        XCTAssertTrue(message.contains("civicpulse watch --headless"), message)
      }
    }
    XCTAssertTrue(
      TerminalProfile.Unsupported(term: "dumb").description.hasPrefix("The terminal type 'dumb' cannot show"))
    XCTAssertTrue(TerminalProfile.Unsupported(term: nil).description.hasPrefix("TERM is not set"))
  }

  func testLocaleDecidesUnicode() {
    XCTAssertTrue(TerminalProfile.localeIsUTF8(["LANG": "en_US.UTF-8"]))
    XCTAssertTrue(TerminalProfile.localeIsUTF8(["LC_CTYPE": "C.utf8", "LANG": "C"]))
    XCTAssertFalse(TerminalProfile.localeIsUTF8(["LC_ALL": "C", "LANG": "en_US.UTF-8"]))
    XCTAssertTrue(TerminalProfile.localeIsUTF8(["LC_ALL": "", "LANG": "de_DE.utf8"]))
    XCTAssertFalse(TerminalProfile.localeIsUTF8(["LANG": "en_GB.ISO-8859-1"]))
    XCTAssertFalse(TerminalProfile.localeIsUTF8([:]))
  }

  func testModernTerminalInUTF8GetsUnicodeGlyphs() throws {
    let p = try profile("xterm-256color", utf8, colors: 256)
    XCTAssertTrue(p.unicode)
    XCTAssertFalse(p.asciiBorders)
    XCTAssertEqual(p.colorDepth, .colors256)
    XCTAssertEqual(p.glyphs, .unicode)
    XCTAssertEqual(p.glyphs.topLeft, "┌")
    XCTAssertEqual(p.glyphs.complaint, "●")
    XCTAssertEqual(String(p.glyphs.sparkline), "▁▂▃▄▅▆▇█")
  }

  func testNonUTF8LocaleFallsBackToASCII() throws {
    let p = try profile("xterm-256color", ["LANG": "C"], colors: 256)
    XCTAssertFalse(p.unicode)
    XCTAssertTrue(p.asciiBorders)
    XCTAssertEqual(p.glyphs, .ascii)
    XCTAssertEqual(p.glyphs.topLeft, "+")
    XCTAssertEqual(p.glyphs.horizontal, "-")
    XCTAssertEqual(p.glyphs.vertical, "|")
    XCTAssertEqual(p.glyphs.complaint, "*")
    let allGlyphs =
      [
        p.glyphs.block, p.glyphs.complaint, p.glyphs.alert, p.glyphs.rising, p.glyphs.falling, p.glyphs.steady,
        p.glyphs.ellipsis, p.glyphs.cross,
      ] + p.glyphs.sparkline
    XCTAssertTrue(allGlyphs.allSatisfy(\.isASCII))
  }

  func testTheLocaleInEffectOutranksTheNameInTheEnvironment() throws {
    // LANG names a UTF-8 locale this machine lacks: the C locale is in effect and the screen sends only ASCII.
    // Unicode glyphs then reached the terminal as "?" (every border, sparkline and marker).
    let missing = try TerminalProfile.detect(
      term: "xterm-256color", env: ["LANG": "xx_XX.UTF-8"], terminalColors: 256, unicode: false)
    XCTAssertFalse(missing.unicode)
    XCTAssertEqual(missing.glyphs, .ascii)
    let fallback = try TerminalProfile.detect(
      term: "xterm-256color", env: ["LANG": "C"], terminalColors: 256, unicode: true)
    XCTAssertEqual(fallback.glyphs, .unicode, "a UTF-8 locale in effect draws Unicode")
  }

  func testTerminalWithoutLineDrawingGetsASCIIBorders() throws {
    let p = try profile("xterm", utf8, lineDrawing: false)
    XCTAssertTrue(p.unicode)
    XCTAssertTrue(p.asciiBorders)
    XCTAssertEqual(p.glyphs.topLeft, "+")
    XCTAssertEqual(p.glyphs.complaint, "●")
    XCTAssertTrue(try profile("vt52", utf8).asciiBorders)
  }

  func testLinuxConsoleAndVT100KeepLinesButUseASCIISymbols() throws {
    for term in ["linux", "vt100", "vt220"] {
      let p = try profile(term, utf8)
      XCTAssertFalse(p.asciiBorders, term)
      XCTAssertEqual(p.glyphs.vertical, "│", term)
      XCTAssertEqual(p.glyphs.sparkline, Glyphs.ascii.sparkline, term)
      XCTAssertEqual(p.glyphs.rising, "^", term)
    }
    XCTAssertEqual(try profile("linux", utf8).colorDepth, .colors8)
    XCTAssertEqual(try profile("vt100", utf8).colorDepth, .noColor)
  }

  func testEveryTermFromTheIssueStarts() throws {
    let expected: [String: ColorDepth] = [
      "xterm-256color": .colors256, "screen": .colors8, "screen-256color": .colors256,
      "tmux-256color": .colors256, "linux": .colors8, "vt100": .noColor,
    ]
    for (term, depth) in expected {
      XCTAssertEqual(try profile(term, utf8).colorDepth, depth, term)
    }
  }

  func testSparklineScaling() {
    let glyphs = Glyphs.unicode
    XCTAssertEqual(glyphs.sparkline([0, 1, 50, 99, 100]), "▁▂▅▇█")
    XCTAssertEqual(glyphs.sparkline([0, 0, 0]), "▁▁▁")
    XCTAssertEqual(glyphs.sparkline([]), "")
    XCTAssertEqual(glyphs.sparkLevel(-5, maximum: 10), "▁")
    XCTAssertEqual(glyphs.sparkLevel(20, maximum: 10), "█")
    XCTAssertEqual(Glyphs.ascii.sparkline([0, 1, 100]), "_.@")
  }
}
