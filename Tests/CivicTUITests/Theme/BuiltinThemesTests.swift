import Foundation
import XCTest

@testable import CivicTUI

final class BuiltinThemesTests: XCTestCase {
  static let shipped = ["default", "light", "high-contrast", "mono", "nord"]

  private var themesFolder: URL {
    // Tests/CivicTUITests/Theme/<this file> -> package root
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("themes")
  }

  func testEachCompiledInCopyEqualsItsFileByteForByte() throws {
    XCTAssertEqual(Set(BuiltinThemes.sources.keys), Set(Self.shipped))
    for name in Self.shipped {
      let file = try Data(contentsOf: themesFolder.appendingPathComponent("\(name).theme"))
      let compiled = Data((BuiltinThemes.sources[name] ?? "").utf8)
      XCTAssertEqual(compiled, file, "\(name): run scripts/embed-themes after editing themes/\(name).theme")
    }
    XCTAssertEqual(BuiltinThemes.defaultTheme, BuiltinThemes.sources["default"])
  }

  func testEveryShippedFileIsCompiledIn() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: themesFolder.path)
      .filter { $0.hasSuffix(".theme") }.map { String($0.dropLast(".theme".count)) }
    XCTAssertEqual(Set(files), Set(Self.shipped))
  }

  func testEachShippedThemeParsesAndSetsEveryRoleItself() {
    for name in Self.shipped {
      let result = ThemeParser.parse(BuiltinThemes.sources[name] ?? "", file: name)
      XCTAssertEqual(result.errors, [], name)
      XCTAssertEqual(Set(result.document.styles.keys), Set(ThemeRole.allCases), "\(name) must set every role")
      XCTAssertFalse(result.document.accents.isEmpty, "\(name) must set its service accents")
      XCTAssertNotNil(result.document.summary, "\(name) needs a description")
      XCTAssertNil(result.document.inherits, name)
    }
  }

  func testShippedThemesLoadWithoutFallingBack() {
    let loader = ThemeLoader(directories: [])
    for name in Self.shipped {
      let loaded = loader.load(name)
      XCTAssertEqual(loaded.errors, [], name)
      XCTAssertEqual(loaded.theme.name, name)
      XCTAssertEqual(loaded.location, .builtIn)
    }
  }

  func testMonoUsesNoColourAndStillTellsKeyRolesApart() {
    let mono = ThemeLoader(directories: []).load("mono").theme
    for role in ThemeRole.allCases {
      XCTAssertEqual(mono.style(role).foreground, .terminalDefault, role.rawValue)
      XCTAssertEqual(mono.style(role).background, .terminalDefault, role.rawValue)
    }
    XCTAssertEqual(mono.serviceAccents, [.plain])
    let distinct: [ThemeRole] = [.text, .complaint, .selection, .alert, .alertBanner, .dim, .header]
    XCTAssertEqual(Set(distinct.map { mono.style($0) }).count, distinct.count)
    XCTAssertNotEqual(mono.style(.title), mono.style(.titleFocused))
    XCTAssertNotEqual(mono.style(.border), mono.style(.borderFocused))
  }

  func testLightAndNordPaintEveryRoleOnTheirOwnBackground() {
    let loader = ThemeLoader(directories: [])
    for (name, canvas) in [("light", ThemeColor.rgb(0xFA, 0xFA, 0xF7)), ("nord", .rgb(0x2E, 0x34, 0x40))] {
      let theme = loader.load(name).theme
      for role in ThemeRole.allCases {
        XCTAssertNotEqual(theme.style(role).background, .terminalDefault, "\(name) \(role.rawValue)")
        XCTAssertNotEqual(theme.style(role).foreground, .terminalDefault, "\(name) \(role.rawValue)")
      }
      XCTAssertEqual(theme.style(.complaint).background, canvas, name)
    }
  }

  func testHighContrastTextReadsWell() {
    let theme = ThemeLoader(directories: []).load("high-contrast").theme
    let roles: [ThemeRole] = [.text, .dim, .complaint, .alert, .header, .alertBanner, .selection, .statusBar]
    for role in roles {
      let style = theme.style(role)
      guard case .rgb(let r1, let g1, let b1) = style.foreground, case .rgb(let r2, let g2, let b2) = style.background
      else {
        XCTFail("\(role.rawValue) should use explicit colours")
        continue
      }
      let ratio = Self.contrast((r1, g1, b1), (r2, g2, b2))
      XCTAssertGreaterThanOrEqual(ratio, 7, "\(role.rawValue): contrast \(ratio)")
    }
  }

  /// WCAG contrast ratio of two sRGB colours.
  static func contrast(_ a: (UInt8, UInt8, UInt8), _ b: (UInt8, UInt8, UInt8)) -> Double {
    func channel(_ value: UInt8) -> Double {
      let c = Double(value) / 255
      return c <= 0.039_28 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
    }
    func luminance(_ c: (UInt8, UInt8, UInt8)) -> Double {
      0.2126 * channel(c.0) + 0.7152 * channel(c.1) + 0.0722 * channel(c.2)
    }
    let (l1, l2) = (luminance(a), luminance(b))
    return (max(l1, l2) + 0.05) / (min(l1, l2) + 0.05)
  }
}
