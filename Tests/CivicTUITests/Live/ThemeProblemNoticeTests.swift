import CivicCore
import CivicTestSupport
import Foundation
import XCTest

@testable import CivicTUI

/// `watch --theme FILE` with mistakes: the first mistake (file:line: key) shows in the status bar from the first
/// frame and stays longer than an ordinary message; a key's own message then replaces it.
final class ThemeProblemNoticeTests: XCTestCase {
  private final class Clock: @unchecked Sendable {
    var now = LiveModel.wallClock()
  }

  private func brokenTheme() throws -> (LoadedTheme, String) {
    let path = try makeTemporaryFolder(prefix: "civicpulse-notice").path + "/broken.theme"
    try Data("text = white\nalert = purpel\nborder = nocolour\n".utf8).write(to: URL(fileURLWithPath: path))
    return (ThemeLoader(directories: []).load(path), path)
  }

  func testSummaryNamesTheFirstMistakeAndCountsTheRest() throws {
    let (loaded, path) = try brokenTheme()
    XCTAssertEqual(loaded.errors.count, 2)
    XCTAssertEqual(
      loaded.problemSummary, "theme: \(path):2: key 'alert': unknown colour 'purpel' (+1 more; default theme used)")
    XCTAssertNil(ThemeLoader(directories: []).load("default").problemSummary)
  }

  func testProblemShowsInTheStatusBarFromTheFirstFrame() throws {
    let (loaded, _) = try brokenTheme()
    let clock = Clock()
    let model = LiveModel(keep: 10, analytics: StubAnalytics())
    let app = DashboardApp(model: model, wake: try XCTUnwrap(WakePipe()))
    app.live = LiveController(clock: { clock.now })
    app.live.announce(try XCTUnwrap(loaded.problemSummary), isError: true, lifetime: 30_000)
    let buffer = CellBuffer(width: 200, height: 30)
    app.draw(on: buffer)
    let status = buffer.row(29)
    XCTAssertTrue(status.contains(":2: key 'alert': unknown colour 'purpel'"), status)
    XCTAssertTrue(status.contains("default theme used"), status)
    // Still there after an ordinary message would have gone, gone after its own lifetime.
    clock.now += StatusMessage.lifetime + 1_000
    app.draw(on: buffer)
    XCTAssertTrue(buffer.row(29).contains("unknown colour 'purpel'"), buffer.row(29))
    clock.now += 30_000
    app.draw(on: buffer)
    XCTAssertFalse(buffer.row(29).contains("purpel"), buffer.row(29))
  }

  func testAKeyMessageReplacesTheProblemWithTheUsualLifetime() throws {
    let clock = Clock()
    let model = LiveModel(keep: 10, analytics: StubAnalytics())
    let app = DashboardApp(model: model, wake: try XCTUnwrap(WakePipe()))
    app.live = LiveController(clock: { clock.now })
    app.live.announce("theme: x.theme:1: key 'a': bad", isError: true, lifetime: 30_000)
    let buffer = CellBuffer(width: 120, height: 30)
    app.handle(.character("w"), on: buffer)
    app.draw(on: buffer)
    XCTAssertTrue(buffer.row(29).contains("Services window"), buffer.row(29))
    clock.now += StatusMessage.lifetime + 1_000
    app.draw(on: buffer)
    XCTAssertFalse(buffer.row(29).contains("Services window"), buffer.row(29))
  }
}
