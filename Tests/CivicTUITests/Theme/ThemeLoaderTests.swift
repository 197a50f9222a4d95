import CivicTestSupport
import Foundation
import XCTest

@testable import CivicTUI

final class ThemeLoaderTests: XCTestCase {
  private var root = ""

  override func setUpWithError() throws {
    root = try makeTemporaryFolder(prefix: "civicpulse-themes").path
  }

  private func write(_ relative: String, _ text: String) throws {
    let path = root + "/" + relative
    try FileManager.default.createDirectory(
      atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
  }

  /// A user config folder, an installed prefix with the binary and a checkout with the working directory inside.
  private func makeLayout() throws -> ThemeLoader {
    try write("prefix/bin/civicpulse", "")
    try write("checkout/Package.swift", "// swift-tools-version:6.0\n")
    try write("checkout/themes/default.theme", "text = default\n")
    try FileManager.default.createDirectory(atPath: root + "/checkout/Sources/x", withIntermediateDirectories: true)
    try FileManager.default.createDirectory(atPath: root + "/config", withIntermediateDirectories: true)
    return ThemeLoader(
      environment: ["XDG_CONFIG_HOME": root + "/config", "HOME": root + "/home"],
      currentDirectory: root + "/checkout/Sources/x", executablePath: root + "/prefix/bin/civicpulse")
  }

  func testStandardSearchOrder() throws {
    let loader = try makeLayout()
    XCTAssertEqual(
      loader.directories,
      [
        ThemeDirectory(path: root + "/config/civicpulse/themes", kind: .user),
        ThemeDirectory(path: root + "/prefix/share/civicpulse/themes", kind: .installed),
        ThemeDirectory(path: root + "/checkout/themes", kind: .repository),
      ])
  }

  func testHomeIsUsedWhenXDGIsUnsetOrRelative() {
    for environment in [["HOME": "/h"], ["HOME": "/h", "XDG_CONFIG_HOME": "relative/dir"]] {
      let directories = ThemeDirectory.standard(environment: environment, currentDirectory: "/", executablePath: nil)
      XCTAssertEqual(directories, [ThemeDirectory(path: "/h/.config/civicpulse/themes", kind: .user)])
    }
    XCTAssertEqual(ThemeDirectory.standard(environment: [:], currentDirectory: "/", executablePath: nil), [])
  }

  func testInstalledFolderFollowsASymlinkedBinary() throws {
    try write("prefix/bin/civicpulse", "")
    try FileManager.default.createDirectory(atPath: root + "/elsewhere", withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      atPath: root + "/elsewhere/civicpulse", withDestinationPath: root + "/prefix/bin/civicpulse")
    let directories = ThemeDirectory.standard(
      environment: [:], currentDirectory: "/", executablePath: root + "/elsewhere/civicpulse")
    XCTAssertEqual(directories, [ThemeDirectory(path: root + "/prefix/share/civicpulse/themes", kind: .installed)])
  }

  func testResolutionOrderUserThenInstalledThenRepositoryThenBuiltIn() throws {
    let loader = try makeLayout()
    let user = root + "/config/civicpulse/themes/nord.theme"
    let installed = root + "/prefix/share/civicpulse/themes/nord.theme"
    let repository = root + "/checkout/themes/nord.theme"
    try write("config/civicpulse/themes/nord.theme", "complaint = 1\n")
    try write("prefix/share/civicpulse/themes/nord.theme", "complaint = 2\n")
    try write("checkout/themes/nord.theme", "complaint = 3\n")

    var loaded = loader.load("nord")
    XCTAssertEqual(loaded.location, .file(user))
    XCTAssertEqual(loaded.theme.style(.complaint).foreground, .indexed(1))
    try FileManager.default.removeItem(atPath: user)
    loaded = loader.load("nord")
    XCTAssertEqual(loaded.location, .file(installed))
    XCTAssertEqual(loaded.theme.style(.complaint).foreground, .indexed(2))
    try FileManager.default.removeItem(atPath: installed)
    loaded = loader.load("nord")
    XCTAssertEqual(loaded.location, .file(repository))
    XCTAssertEqual(loaded.theme.style(.complaint).foreground, .indexed(3))
    try FileManager.default.removeItem(atPath: repository)
    loaded = loader.load("nord")
    XCTAssertEqual(loaded.location, .builtIn)
    XCTAssertEqual(loaded.theme.style(.complaint).foreground, .rgb(0xBF, 0x61, 0x6A))
    XCTAssertEqual(loaded.errors, [])
  }

  func testExplicitPathWins() throws {
    let loader = try makeLayout()
    try write("config/civicpulse/themes/mine.theme", "alert = 1\n")
    try write("mine.theme", "alert = 5\n")
    let loaded = loader.load(root + "/mine.theme")
    XCTAssertEqual(loaded.requested, "mine")
    XCTAssertEqual(loaded.location, .file(root + "/mine.theme"))
    XCTAssertEqual(loaded.theme.style(.alert).foreground, .indexed(5))
  }

  func testPartialThemeTakesTheRestFromDefault() throws {
    let loader = ThemeLoader(directories: [ThemeDirectory(path: root, kind: .user)])
    try write("partial.theme", "complaint = #123456\n")
    let partial = loader.load("partial")
    let standard = loader.load("default").theme
    XCTAssertEqual(partial.errors, [])
    XCTAssertEqual(partial.theme.style(.complaint), TextStyle(foreground: .rgb(0x12, 0x34, 0x56)))
    for role in ThemeRole.allCases where role != .complaint {
      XCTAssertEqual(partial.theme.style(role), standard.style(role), role.rawValue)
    }
    XCTAssertEqual(partial.theme.serviceAccents, standard.serviceAccents)
  }

  func testInheritsNamedThemeAndAUserDefaultChangesTheBase() throws {
    let loader = ThemeLoader(directories: [ThemeDirectory(path: root, kind: .user)])
    try write("frosty.theme", "inherits = nord\nalert = red\n")
    try write("default.theme", "text = #010203\n")
    let frosty = loader.load("frosty").theme
    XCTAssertEqual(frosty.style(.alert), TextStyle(foreground: .indexed(1), background: .rgb(0x2E, 0x34, 0x40)))
    XCTAssertEqual(frosty.style(.header), loader.load("nord").theme.style(.header))
    // A partial user default.theme builds on the compiled-in default, and other themes build on it.
    let plain = loader.load("plain-partial")
    XCTAssertTrue(plain.usedFallback)
    try write("plain-partial.theme", "alert = blue\n")
    let partial = loader.load("plain-partial").theme
    XCTAssertEqual(partial.style(.text), TextStyle(foreground: .rgb(1, 2, 3)))
    XCTAssertEqual(partial.style(.complaint), ThemeLoader.compiledDefault().style(.complaint))
  }

  func testInheritingOwnNameBuildsOnTheNextOneDown() throws {
    let loader = ThemeLoader(directories: [ThemeDirectory(path: root, kind: .user)])
    try write("nord.theme", "inherits = nord\ncomplaint = #FFFFFF bold\n")
    let mine = loader.load("nord")
    XCTAssertEqual(mine.errors, [])
    XCTAssertEqual(mine.location, .file(root + "/nord.theme"))
    XCTAssertEqual(
      mine.theme.style(.complaint),
      TextStyle(foreground: .rgb(255, 255, 255), background: .rgb(0x2E, 0x34, 0x40), bold: true))
    let shipped = ThemeLoader(directories: []).load("nord").theme
    XCTAssertEqual(mine.theme.style(.header), shipped.style(.header))

    try write("solo.theme", "inherits = solo\n")
    XCTAssertEqual(
      loader.load("solo").errors.map(\.description),
      ["\(root)/solo.theme: key 'inherits': no theme named 'solo' further down the search order"])
  }

  func testBrokenThemeFallsBackToDefaultAndNamesFileLineAndKey() throws {
    let loader = ThemeLoader(directories: [ThemeDirectory(path: root, kind: .user)])
    try write("broken.theme", "# comment\ntext = white\ncomplaint = purpel\n")
    let loaded = loader.load("broken")
    XCTAssertTrue(loaded.usedFallback)
    XCTAssertEqual(loaded.requested, "broken")
    XCTAssertEqual(loaded.location, .builtIn)
    XCTAssertEqual(
      loaded.errors.map(\.description), ["\(root)/broken.theme:3: key 'complaint': unknown colour 'purpel'"])
    XCTAssertEqual(loaded.theme.styles, ThemeLoader.compiledDefault().styles)
    XCTAssertEqual(loaded.theme.name, "default")
  }

  func testMissingThemesAndLoopsFallBack() throws {
    let loader = ThemeLoader(directories: [ThemeDirectory(path: root, kind: .user)])
    let missing = loader.load("no-such-theme")
    XCTAssertTrue(missing.usedFallback)
    XCTAssertTrue(missing.errors[0].description.hasPrefix("no-such-theme: no theme named 'no-such-theme'"))
    XCTAssertEqual(missing.theme.name, "default")

    let noFile = loader.load(root + "/nowhere.theme")
    XCTAssertEqual(noFile.errors.map(\.description), ["\(root)/nowhere.theme: theme file not found"])

    try write("a.theme", "inherits = b\n")
    try write("b.theme", "inherits = a\n")
    let loop = loader.load("a")
    XCTAssertEqual(loop.errors.map(\.description), ["\(root)/b.theme: key 'inherits': inheritance loop: a -> b -> a"])
    XCTAssertEqual(loop.theme.name, "default")

    try write("orphan.theme", "inherits = ghost\n")
    XCTAssertEqual(
      loader.load("orphan").errors.map(\.description), ["\(root)/orphan.theme: key 'inherits': no theme named 'ghost'"])

    try Data([0x74, 0x65, 0x78, 0x74, 0x3D, 0xFF, 0xFE]).write(to: URL(fileURLWithPath: root + "/binary.theme"))
    XCTAssertEqual(loader.load("binary").errors.map(\.message), ["not valid UTF-8 text"])

    try FileManager.default.createDirectory(atPath: root + "/folder.theme", withIntermediateDirectories: true)
    XCTAssertTrue(loader.load(root + "/folder.theme").usedFallback)
  }

  func testBrokenUserDefaultFallsBackToCompiledDefault() throws {
    let loader = ThemeLoader(directories: [ThemeDirectory(path: root, kind: .user)])
    try write("default.theme", "text = nonsense\n")
    let loaded = loader.load("light")
    // light builds on the (broken) default, so it cannot be used either; the compiled-in default is.
    XCTAssertEqual(loaded.errors.map(\.description), ["\(root)/default.theme:1: key 'text': unknown colour 'nonsense'"])
    XCTAssertEqual(loaded.location, .builtIn)
    XCTAssertEqual(loaded.theme.styles, ThemeLoader.compiledDefault().styles)
  }

  func testAvailableListsEachNameOnceInCycleOrder() throws {
    let loader = ThemeLoader(directories: [ThemeDirectory(path: root, kind: .user)])
    try write("aardvark.theme", "alert = red\n")
    try write("nord.theme", "alert = red\n")
    try write("README.md", "not a theme\n")
    try write(".hidden.theme", "alert = red\n")
    let available = loader.available()
    XCTAssertEqual(available.map(\.name), ["default", "aardvark", "high-contrast", "light", "mono", "nord"])
    XCTAssertEqual(available.first { $0.name == "nord" }?.location, .file(root + "/nord.theme"))
    XCTAssertEqual(available.first { $0.name == "mono" }?.location, .builtIn)
    XCTAssertEqual(loader.candidates().filter { $0.name == "nord" }.count, 2)

    XCTAssertEqual(loader.next(after: "default"), "aardvark")
    XCTAssertEqual(loader.next(after: "mono"), "nord")
    XCTAssertEqual(loader.next(after: "nord"), "default")
    XCTAssertEqual(loader.next(after: "hc-custom"), "high-contrast")
    XCTAssertEqual(loader.next(after: "zzz"), "default")
  }

  func testRepositoryRootIsFoundFromBelow() throws {
    try write("checkout/Package.swift", "")
    try write("checkout/themes/default.theme", "")
    try FileManager.default.createDirectory(atPath: root + "/checkout/a/b/c", withIntermediateDirectories: true)
    XCTAssertEqual(ThemeDirectory.repositoryRoot(above: root + "/checkout/a/b/c"), root + "/checkout")
    try write("other/Package.swift", "")
    XCTAssertNil(ThemeDirectory.repositoryRoot(above: root + "/other"))
  }
}
