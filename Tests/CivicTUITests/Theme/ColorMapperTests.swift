import XCTest

@testable import CivicTUI

final class ColorMapperTests: XCTestCase {
  func testPureRedAtEachDepth() {
    let red = ThemeColor.rgb(255, 0, 0)
    XCTAssertEqual(ColorMapper.map(red, to: .truecolor), red)
    XCTAssertEqual(ColorMapper.map(red, to: .colors256), .indexed(196))
    XCTAssertEqual(ColorMapper.map(red, to: .colors16), .indexed(9))
    XCTAssertEqual(ColorMapper.map(red, to: .colors8), .indexed(1))
    XCTAssertEqual(ColorMapper.map(red, to: .noColor), .terminalDefault)
  }

  func testCubeAndGreyRampAt256() {
    XCTAssertEqual(ColorMapper.map(.rgb(0, 0, 0), to: .colors256), .indexed(16))
    XCTAssertEqual(ColorMapper.map(.rgb(255, 255, 255), to: .colors256), .indexed(231))
    XCTAssertEqual(ColorMapper.map(.rgb(0x5F, 0x87, 0xAF), to: .colors256), .indexed(67))
    // Greys between cube levels go to the grey ramp: 128 is nearest to ramp 244 (128).
    XCTAssertEqual(ColorMapper.map(.rgb(128, 128, 128), to: .colors256), .indexed(244))
    XCTAssertEqual(ColorMapper.map(.rgb(0x2E, 0x34, 0x40), to: .colors256), .indexed(237))
  }

  func testPaletteRoundTrip() {
    for index in 16...255 {
      let (r, g, b) = ColorMapper.rgb(ofIndex: UInt8(index))
      let back = ColorMapper.map(.rgb(r, g, b), to: .colors256)
      // Exact colours map to themselves (the cube's greys equal no ramp entry, so no ambiguity).
      XCTAssertEqual(back, .indexed(UInt8(index)), "index \(index)")
    }
    XCTAssertTrue(ColorMapper.rgb(ofIndex: 232) == (8, 8, 8))
    XCTAssertTrue(ColorMapper.rgb(ofIndex: 255) == (238, 238, 238))
    XCTAssertTrue(ColorMapper.rgb(ofIndex: 16 + 36 * 5 + 6 * 2 + 1) == (255, 135, 95))
  }

  func testMutedColoursKeepTheirHueAt16And8() {
    let nord: [(UInt32, UInt8)] = [
      (0xBF616A, 1), (0xA3BE8C, 2), (0xEBCB8B, 3), (0x88C0D0, 6), (0x5E81AC, 4), (0xB48EAD, 5),
    ]
    for (hex, hue) in nord {
      let color = ThemeColor.rgb(UInt8(hex >> 16), UInt8((hex >> 8) & 0xFF), UInt8(hex & 0xFF))
      XCTAssertEqual(ColorMapper.map(color, to: .colors8), .indexed(hue), String(hex, radix: 16))
      let at16 = ColorMapper.map(color, to: .colors16)
      XCTAssertTrue(at16 == .indexed(hue) || at16 == .indexed(hue + 8), "\(String(hex, radix: 16)): \(at16)")
    }
    // Near-greys go by lightness.
    XCTAssertEqual(ColorMapper.map(.rgb(0x2E, 0x34, 0x40), to: .colors16), .indexed(0))
    XCTAssertEqual(ColorMapper.map(.rgb(0x80, 0x80, 0x80), to: .colors16), .indexed(8))
    XCTAssertEqual(ColorMapper.map(.rgb(0xD8, 0xDE, 0xE9), to: .colors16), .indexed(7))
    XCTAssertEqual(ColorMapper.map(.rgb(0xFA, 0xFA, 0xF7), to: .colors16), .indexed(15))
    XCTAssertEqual(ColorMapper.map(.rgb(0xFA, 0xFA, 0xF7), to: .colors8), .indexed(7))
    XCTAssertEqual(ColorMapper.map(.rgb(0x28, 0x00, 0x00), to: .colors8), .indexed(0))
    XCTAssertEqual(ColorMapper.map(.rgb(0x60, 0x00, 0x00), to: .colors8), .indexed(1))
  }

  func testIndexedColoursAtLowerDepths() {
    XCTAssertEqual(ColorMapper.map(.indexed(12), to: .colors256), .indexed(12))
    XCTAssertEqual(ColorMapper.map(.indexed(12), to: .colors16), .indexed(12))
    XCTAssertEqual(ColorMapper.map(.indexed(12), to: .colors8), .indexed(4))
    XCTAssertEqual(ColorMapper.map(.indexed(3), to: .colors8), .indexed(3))
    XCTAssertEqual(ColorMapper.map(.indexed(196), to: .colors16), .indexed(9))
    XCTAssertEqual(ColorMapper.map(.indexed(196), to: .colors8), .indexed(1))
    XCTAssertEqual(ColorMapper.map(.indexed(21), to: .colors16), .indexed(4))
    XCTAssertEqual(ColorMapper.map(.indexed(231), to: .colors8), .indexed(7))
    XCTAssertEqual(ColorMapper.map(.indexed(196), to: .truecolor), .indexed(196))
    XCTAssertEqual(ColorMapper.map(.terminalDefault, to: .colors8), .terminalDefault)
  }

  func testEveryMappedColourFitsTheDepth() {
    let samples: [ThemeColor] =
      (0...255).map { .indexed(UInt8($0)) } + stride(from: 0, through: 255, by: 15).map { .rgb(UInt8($0), 200, 40) }
    for depth in [ColorDepth.colors8, .colors16, .colors256] {
      for color in samples {
        guard case .indexed(let index) = ColorMapper.map(color, to: depth) else {
          XCTFail("\(color) at \(depth) should be indexed")
          continue
        }
        XCTAssertLessThan(Int(index), depth.rawValue)
      }
    }
  }

  func testForegroundNeverVanishesIntoItsBackground() {
    // Two dark greys both become black at 8 colours; the text must stay readable.
    let style = TextStyle(foreground: .rgb(0x3A, 0x3A, 0x3A), background: .rgb(0x20, 0x20, 0x20))
    let mapped = ColorMapper.map(style, role: .dim, to: .colors8)
    XCTAssertEqual(mapped.background, .indexed(0))
    XCTAssertEqual(mapped.foreground, .indexed(7))
    let light = ColorMapper.map(
      TextStyle(foreground: .rgb(250, 250, 250), background: .rgb(240, 240, 240)), role: .text, to: .colors8)
    XCTAssertEqual(light, TextStyle(foreground: .indexed(0), background: .indexed(7)))
  }

  func testGreyOnTheTerminalBackgroundStaysVisibleAt8Colours() {
    let grey = TextStyle(foreground: .indexed(8))
    XCTAssertEqual(ColorMapper.map(grey, role: .dim, to: .colors8), TextStyle(dim: true))
    XCTAssertEqual(ColorMapper.map(grey, role: .dim, to: .colors16), grey)
    let onWhite = TextStyle(foreground: .indexed(8), background: .indexed(7))
    XCTAssertEqual(
      ColorMapper.map(onWhite, role: .dim, to: .colors8), TextStyle(foreground: .indexed(0), background: .indexed(7)))
  }

  func testNoColourKeepsRolesApartWithAttributes() {
    let theme = ThemeLoader(directories: []).load("default").theme.adapted(to: .noColor)
    for role in ThemeRole.allCases {
      XCTAssertEqual(theme.style(role).foreground, .terminalDefault, role.rawValue)
      XCTAssertEqual(theme.style(role).background, .terminalDefault, role.rawValue)
    }
    XCTAssertTrue(theme.style(.complaint).bold)
    XCTAssertTrue(theme.style(.selection).reverse)
    XCTAssertTrue(theme.style(.header).reverse)
    XCTAssertTrue(theme.style(.alertBanner).reverse)
    XCTAssertNotEqual(theme.style(.alertBanner), theme.style(.header))
    XCTAssertEqual(theme.style(.text), .plain)
    XCTAssertNotEqual(theme.style(.title), theme.style(.titleFocused))
    XCTAssertNotEqual(theme.style(.border), theme.style(.borderFocused))
    XCTAssertNotEqual(theme.style(.trendRising), theme.style(.trendFalling))
    XCTAssertTrue(theme.serviceAccents.allSatisfy { $0.foreground == .terminalDefault })
  }

  func testNoColourOnAThemeWithItsOwnBackgroundDoesNotReverseEverything() {
    let theme = ThemeLoader(directories: []).load("light").theme.adapted(to: .noColor)
    XCTAssertFalse(theme.style(.text).reverse)
    XCTAssertFalse(theme.style(.complaint).reverse)
    XCTAssertTrue(theme.style(.statusBar).reverse)
    XCTAssertTrue(theme.style(.selection).reverse)
  }

  func testAdaptedThemeAt256UsesOnlyPaletteIndexes() {
    let theme = ThemeLoader(directories: []).load("nord").theme.adapted(to: .colors256)
    XCTAssertEqual(theme.name, "nord")
    for role in ThemeRole.allCases {
      for color in [theme.style(role).foreground, theme.style(role).background] {
        guard case .indexed = color else { return XCTFail("\(role.rawValue): \(color)") }
      }
      XCTAssertEqual(theme.style(role).bold, ThemeLoader(directories: []).load("nord").theme.style(role).bold)
    }
  }

  func testDistanceIsZeroOnlyForTheSameColour() {
    XCTAssertEqual(ColorMapper.distance((10, 20, 30), (10, 20, 30)), 0)
    XCTAssertGreaterThan(ColorMapper.distance((10, 20, 30), (10, 21, 30)), 0)
    // Green differences weigh more than blue ones, as the eye sees them.
    XCTAssertGreaterThan(ColorMapper.distance((0, 0, 0), (0, 40, 0)), ColorMapper.distance((0, 0, 0), (0, 0, 40)))
  }
}

final class SGRTests: XCTestCase {
  func testSequences() {
    XCTAssertEqual(SGR.sequence(for: .plain), "")
    XCTAssertEqual(SGR.sequence(for: TextStyle(foreground: .indexed(1))), "\u{1B}[31m")
    XCTAssertEqual(SGR.sequence(for: TextStyle(foreground: .indexed(9), background: .indexed(4))), "\u{1B}[91;44m")
    XCTAssertEqual(
      SGR.sequence(for: TextStyle(foreground: .indexed(196), background: .indexed(15), bold: true)),
      "\u{1B}[1;38;5;196;107m")
    XCTAssertEqual(
      SGR.sequence(for: TextStyle(foreground: .rgb(1, 2, 3), underline: true, reverse: true, dim: true)),
      "\u{1B}[2;4;7;38;2;1;2;3m")
    XCTAssertEqual(SGR.styled("x", .plain), "x")
    XCTAssertEqual(SGR.styled("x", TextStyle(bold: true)), "\u{1B}[1mx\u{1B}[0m")
  }

  func testNoColourOutputCarriesNoColour() {
    let theme = ThemeLoader(directories: []).load("nord").theme.adapted(to: .noColor)
    for role in ThemeRole.allCases {
      let sequence = SGR.sequence(for: theme.style(role))
      let codes = sequence.dropFirst(2).dropLast().split(separator: ";")
      XCTAssertTrue(codes.allSatisfy { ["1", "2", "4", "7"].contains($0) }, "\(role.rawValue): \(codes)")
    }
  }
}
