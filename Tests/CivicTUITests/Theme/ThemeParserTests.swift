import XCTest

@testable import CivicTUI

final class ThemeParserTests: XCTestCase {
  private func style(_ value: String, file: StaticString = #filePath, line: UInt = #line) throws -> TextStyle {
    do {
      return try ThemeParser.parseStyle(value)
    } catch {
      XCTFail("'\(value)': \(error.message)", file: file, line: line)
      throw error
    }
  }

  private func styleError(_ value: String) -> String? {
    do {
      _ = try ThemeParser.parseStyle(value)
      return nil
    } catch {
      return error.message
    }
  }

  func testColourNamesNumbersAndHex() throws {
    XCTAssertEqual(try ThemeParser.parseColor("default"), .terminalDefault)
    XCTAssertEqual(try ThemeParser.parseColor("black"), .indexed(0))
    XCTAssertEqual(try ThemeParser.parseColor("white"), .indexed(7))
    XCTAssertEqual(try ThemeParser.parseColor("bright-black"), .indexed(8))
    XCTAssertEqual(try ThemeParser.parseColor("Bright-White"), .indexed(15))
    XCTAssertEqual(try ThemeParser.parseColor("0"), .indexed(0))
    XCTAssertEqual(try ThemeParser.parseColor("196"), .indexed(196))
    XCTAssertEqual(try ThemeParser.parseColor("255"), .indexed(255))
    XCTAssertEqual(try ThemeParser.parseColor("#FF8000"), .rgb(255, 128, 0))
    XCTAssertEqual(try ThemeParser.parseColor("#2e3440"), .rgb(0x2E, 0x34, 0x40))
  }

  func testBadColoursAreRejectedWithAReason() {
    for (text, expected) in [
      ("purpel", "unknown colour 'purpel'"),
      ("256", "colour number 256 out of range 0-255"),
      ("0256", "colour number 0256 out of range 0-255"),
      ("#FFF", "bad colour '#FFF' (expected #RRGGBB with six hex digits)"),
      ("#GG0000", "bad colour '#GG0000' (expected #RRGGBB with six hex digits)"),
      ("#+12345", "bad colour '#+12345' (expected #RRGGBB with six hex digits)"),
      ("-1", "unknown colour '-1'"),
    ] {
      XCTAssertThrowsError(try ThemeParser.parseColor(text), text) { error in
        XCTAssertEqual((error as? ThemeParser.ValueError)?.message, expected)
      }
    }
  }

  func testEveryValueForm() throws {
    XCTAssertEqual(try style("red"), TextStyle(foreground: .indexed(1)))
    XCTAssertEqual(try style("red on blue"), TextStyle(foreground: .indexed(1), background: .indexed(4)))
    XCTAssertEqual(
      try style("#FFFFFF on 17 bold underline"),
      TextStyle(foreground: .rgb(255, 255, 255), background: .indexed(17), bold: true, underline: true))
    XCTAssertEqual(try style("reverse dim"), TextStyle(reverse: true, dim: true))
    XCTAssertEqual(try style("on #000000"), TextStyle(background: .rgb(0, 0, 0)))
    XCTAssertEqual(try style("default on default"), TextStyle())
    XCTAssertEqual(try style("  YELLOW\tBOLD  "), TextStyle(foreground: .indexed(3), bold: true))
  }

  func testBadValuesSayWhatIsWrong() {
    XCTAssertEqual(styleError("red on"), "'on' needs a colour after it")
    XCTAssertEqual(styleError("red blink"), "unknown attribute 'blink' (expected bold, underline, reverse, dim)")
    XCTAssertEqual(styleError("red blue"), "colour 'blue' out of place: write 'fg on bg' then attributes")
    XCTAssertEqual(styleError("bold on red"), "'on <colour>' must come before the attributes")
    XCTAssertEqual(styleError("red on blue on green"), "two background colours")
    XCTAssertEqual(styleError("purpel bold"), "unknown colour 'purpel'")
  }

  func testDocumentKeysCommentsAndServices() {
    let text = """
      # a comment line
        # an indented comment
      inherits = nord
      description = Mine # with a trailing comment
      complaint = #FF0000 bold   # red, bold
      border.focused = cyan
      service.accent.2 = green
      service.accent.1 = 33
      service.water-supply = blue\r
      service.transport.rail = 208

      """
    let result = ThemeParser.parse(text, file: "mine.theme")
    XCTAssertEqual(result.errors, [])
    let document = result.document
    XCTAssertEqual(document.inherits, "nord")
    XCTAssertEqual(document.summary, "Mine")
    XCTAssertEqual(document.styles[.complaint], TextStyle(foreground: .rgb(255, 0, 0), bold: true))
    XCTAssertEqual(document.styles[.borderFocused], TextStyle(foreground: .indexed(6)))
    XCTAssertEqual(document.styles.count, 2)
    XCTAssertEqual(document.accents, [1: TextStyle(foreground: .indexed(33)), 2: TextStyle(foreground: .indexed(2))])
    XCTAssertEqual(
      document.services,
      ["water-supply": TextStyle(foreground: .indexed(4)), "transport.rail": TextStyle(foreground: .indexed(208))])
  }

  func testErrorsNameFileLineAndKey() {
    let text = """
      # fine so far
      text = default
      complaint = purpel
      complain = red
      this line has no equals sign
      alert =
      text = red
      service.accent.0 = red
      service.Bad! = red
      inherits = ../etc
      """
    let errors = ThemeParser.parse(text, file: "themes/x.theme").errors.map(\.description)
    XCTAssertEqual(
      errors,
      [
        "themes/x.theme:3: key 'complaint': unknown colour 'purpel'",
        "themes/x.theme:4: key 'complain': unknown key (did you mean 'complaint'?)",
        "themes/x.theme:5: expected 'key = value', found 'this line has no equals sign'",
        "themes/x.theme:6: key 'alert': missing value",
        "themes/x.theme:7: key 'text': already set on line 2",
        "themes/x.theme:8: key 'service.accent.0': accent number must be 1-32",
        "themes/x.theme:9: key 'service.bad!': 'bad!' is not a service id (lowercase letters, digits, '-', '_', '.')",
        "themes/x.theme:10: key 'inherits': '../etc' is not a theme name (letters, digits, '-', '_', '.')",
      ])
  }

  func testPartialDocumentKeepsTheRestOfItsBase() {
    let base = Theme(
      name: "base", styles: [.text: TextStyle(foreground: .indexed(7)), .complaint: TextStyle(bold: true)],
      serviceAccents: [TextStyle(foreground: .indexed(1)), TextStyle(foreground: .indexed(2))],
      serviceStyles: ["water": TextStyle(foreground: .indexed(4)), "roads": TextStyle(foreground: .indexed(3))])
    let document = ThemeParser.parse(
      "complaint = red\nservice.accent.1 = cyan\nservice.water = green\n", file: "p.theme"
    ).document
    let theme = document.applied(to: base, name: "partial")
    XCTAssertEqual(theme.name, "partial")
    XCTAssertEqual(theme.style(.complaint), TextStyle(foreground: .indexed(1)))
    XCTAssertEqual(theme.style(.text), TextStyle(foreground: .indexed(7)))
    // Accents set in the file replace the inherited list; services override one by one.
    XCTAssertEqual(theme.serviceAccents, [TextStyle(foreground: .indexed(6))])
    XCTAssertEqual(theme.serviceStyle(id: "water", index: 0), TextStyle(foreground: .indexed(2)))
    XCTAssertEqual(theme.serviceStyle(id: "roads", index: 0), TextStyle(foreground: .indexed(3)))
    XCTAssertEqual(theme.serviceStyle(id: "parks", index: 5), TextStyle(foreground: .indexed(6)))
  }

  func testDefaultColoursComeFromTheBackgroundRole() {
    let theme = Theme(
      name: "t",
      styles: [
        .background: TextStyle(foreground: .indexed(0), background: .indexed(15)),
        .header: TextStyle(foreground: .indexed(15), background: .indexed(4)),
      ]
    ).fillingDefaultsFromBackground()
    XCTAssertEqual(theme.style(.header), TextStyle(foreground: .indexed(15), background: .indexed(4)))
    XCTAssertEqual(theme.style(.complaint), TextStyle(foreground: .indexed(0), background: .indexed(15)))
  }

  func testOddInputNeverCrashes() {
    for text in ["", "=", "==", "#", " = red", "\u{0}\u{1}=\u{7F}", String(repeating: "x = ", count: 1000), "é = ü"] {
      let result = ThemeParser.parse(text, file: "odd")
      XCTAssertTrue(result.document.styles.isEmpty, text)
    }
    XCTAssertEqual(ThemeParser.parse("=", file: "odd").errors.first?.message, "missing key before '='")
    // Long hostile lines are handled in linear time (this would take minutes if comment scanning were quadratic).
    let hostile = String(repeating: " ", count: 100_000) + "x" + String(repeating: "#", count: 100_000)
    XCTAssertEqual(ThemeParser.parse(hostile, file: "odd").errors.count, 1)
    let longKey = String(repeating: "k", count: 100_000) + " = red"
    XCTAssertEqual(ThemeParser.parse(longKey, file: "odd").errors.first?.message, "unknown key")
    XCTAssertLessThan(ThemeParser.parse(hostile, file: "odd").errors[0].description.count, 100)
    XCTAssertLessThan(ThemeParser.parse(longKey, file: "odd").errors[0].description.count, 100)
  }

  func testErrorsAreSafeToPrint() {
    let errors = ThemeParser.parse("complaint = \u{1B}[2J\u{9B}31m\n\u{1B}]0;x\u{7}\n", file: "evil.theme").errors
    XCTAssertEqual(
      errors.map(\.description),
      [
        "evil.theme:1: key 'complaint': unknown colour '\\u{1B}[2j\\u{9B}31m'",
        "evil.theme:2: expected 'key = value', found '\\u{1B}]0;x\\u{7}'",
      ])
    XCTAssertFalse(errors.map(\.description).joined().unicodeScalars.contains { $0.value < 0x20 })
  }
}
