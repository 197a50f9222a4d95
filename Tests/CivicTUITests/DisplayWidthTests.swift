import XCTest

@testable import CivicTUI

final class DisplayWidthTests: XCTestCase {
  func testASCIIIsOneCellPerCharacter() {
    XCTAssertEqual(DisplayWidth.width(of: "bins missed"), 11)
    XCTAssertEqual(DisplayWidth.width(of: ""), 0)
  }

  func testCJKAndEmojiAreTwoCells() {
    XCTAssertEqual(DisplayWidth.width(of: "路灯"), 4)
    XCTAssertEqual(DisplayWidth.width(of: "🚌"), 2)
    XCTAssertEqual(DisplayWidth.width(of: "bus 🚌 late"), 11)
    XCTAssertEqual(DisplayWidth.width(of: "한국"), 4)
    XCTAssertEqual(DisplayWidth.width(of: "ｗ"), 2, "fullwidth forms are wide")
  }

  func testCombiningMarksAddNothing() {
    let decomposed = "Cafe\u{0301}"
    XCTAssertEqual(decomposed.count, 4)
    XCTAssertEqual(DisplayWidth.width(of: decomposed), 4)
    let glyphs = DisplayWidth.glyphs(of: decomposed)
    XCTAssertEqual(glyphs.last?.text, "e\u{0301}", "the mark stays with its base")
    XCTAssertEqual(DisplayWidth.width(of: "ہماری گلی"), 9, "Urdu letters are one cell, spaces count")
  }

  func testJoinedEmojiAndSelectorsTakeTheirBaseWidth() {
    // Woman firefighter: woman + ZWJ + fire engine; drawn as its base so the width is predictable.
    XCTAssertEqual(DisplayWidth.width(of: "👩\u{200D}🚒"), 2)
    XCTAssertEqual(DisplayWidth.glyphs(of: "👩\u{200D}🚒").map(\.text), ["👩"])
    // Heart with the emoji variation selector: the selector is dropped, the heart keeps its text width.
    XCTAssertEqual(DisplayWidth.width(of: "\u{2764}\u{FE0F}"), 1)
    XCTAssertEqual(DisplayWidth.width(of: "a\u{200B}b"), 2, "zero-width space is dropped")
  }

  func testFlagsAreShownAsTheirTwoLetters() {
    // 🇬🇧 was drawn as its first indicator alone (🇬): another symbol, one or two cells wide depending on the
    // terminal.
    // One glyph per cell: a terminal cell holds one spacing character.
    XCTAssertEqual(DisplayWidth.glyphs(of: "\u{1F1EC}\u{1F1E7}").map(\.text), ["G", "B"])
    XCTAssertEqual(DisplayWidth.width(of: "Flag \u{1F1EC}\u{1F1E7} train"), 13)
    XCTAssertEqual(
      DisplayWidth.glyphs(of: "\u{1F1FA}\u{1F1E6}\u{1F1EB}\u{1F1F7}").map(\.text), ["U", "A", "F", "R"])
    XCTAssertEqual(DisplayWidth.glyphs(of: "\u{1F1FA}").map(\.text), ["U"], "a lone indicator")
    XCTAssertEqual(DisplayWidth.glyphs(of: "\u{1F1EC}\u{1F1E7}", asciiOnly: true).map(\.text), ["G", "B"])
    XCTAssertEqual(DisplayWidth.truncate("\u{1F1EC}\u{1F1E7}\u{1F1EC}\u{1F1E7}", toCells: 3), "GB…")
  }

  func testAnASCIIScreenShowsAccentedLettersAndTypographyAsTheirPlainForms() {
    // A C-locale terminal showed every accented letter and curly apostrophe as "?": "Caf? can?t".
    let text = "Café can’t “Cwm” – Łódź, Søren, ŵyr, naïve…"
    let drawn = DisplayWidth.glyphs(of: text, asciiOnly: true).map(\.text).joined()
    XCTAssertEqual(drawn, "Cafe can't \"Cwm\" - Lodz, Soren, wyr, naive.")
    XCTAssertEqual(DisplayWidth.width(of: text, asciiOnly: true), DisplayWidth.width(of: text), "same columns")
    // Decomposed input (e + combining acute) gives the same letter; what has no plain form stays "?".
    XCTAssertEqual(DisplayWidth.glyphs(of: "Cafe\u{0301} ß Ω", asciiOnly: true).map(\.text).joined(), "Cafe ? ?")
  }

  func testControlCharactersBecomeVisiblePlaceholders() {
    let hostile = "ok\u{1B}[2J\u{1B}]0;pwned\u{07}done\u{9B}31m"
    let glyphs = DisplayWidth.glyphs(of: hostile)
    let drawn = glyphs.map(\.text).joined()
    XCTAssertFalse(drawn.unicodeScalars.contains { $0.value < 0x20 || ($0.value >= 0x7F && $0.value < 0xA0) })
    XCTAssertTrue(drawn.contains("\u{241B}"), "ESC shows as the ESC symbol")
    XCTAssertEqual(DisplayWidth.width(of: hostile), glyphs.count, "each placeholder is one cell")
    XCTAssertEqual(DisplayWidth.glyphs(of: "a\nb\tc").map(\.text).joined(), "a b c")
  }

  func testBidiOverridesAreDropped() {
    XCTAssertEqual(DisplayWidth.glyphs(of: "abc\u{202E}def").map(\.text).joined(), "abcdef")
  }

  func testTruncateNeverExceedsTheWidthAndMarksTheCut() {
    let samples = ["Bins missed again on Station Road", "我们小区的路灯坏了一个星期了", "🚌🚌🚌🚌🚌", "Cafe\u{0301}s and 🙄 bins"]
    for text in samples {
      for cells in 0...20 {
        let cut = DisplayWidth.truncate(text, toCells: cells)
        XCTAssertLessThanOrEqual(DisplayWidth.width(of: cut), cells, "\(text) at \(cells)")
        if DisplayWidth.width(of: text) > cells, cells > 0 { XCTAssertTrue(cut.hasSuffix("…"), "\(cut)") }
      }
    }
    XCTAssertEqual(DisplayWidth.truncate("路灯坏了", toCells: 4), "路…", "a wide glyph that does not fit is dropped")
    XCTAssertEqual(DisplayWidth.truncate("short", toCells: 10), "short")
  }

  func testFitPadsToExactlyTheWidth() {
    for text in ["x", "路灯坏了一个星期", "🚌 late", "e\u{0301}\u{0301}"] {
      for cells in 1...12 {
        XCTAssertEqual(DisplayWidth.width(of: DisplayWidth.fit(text, toCells: cells)), cells, "\(text) \(cells)")
      }
    }
    XCTAssertEqual(DisplayWidth.fit("42", toCells: 5, alignRight: true), "   42")
  }

  func testASCIIOnlyReplacesEverythingElse() {
    let glyphs = DisplayWidth.glyphs(of: "bus 🚌 路 é\u{1B}", asciiOnly: true)
    XCTAssertTrue(glyphs.allSatisfy { $0.text.allSatisfy(\.isASCII) })
    XCTAssertEqual(DisplayWidth.width(of: "🚌", asciiOnly: true), 2, "the width is kept, so columns stay")
    XCTAssertEqual(DisplayWidth.truncate("longer than this", toCells: 6, asciiOnly: true), "longe.")
  }
}
