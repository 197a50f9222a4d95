import CivicCore
import CivicTestSupport
import XCTest

@testable import CivicTUI

/// `watch --wall --replay`: the label under the clock gives the replay's date beside its speed, as the dashboard's
/// header does, so an officer can tell which day of the archive the wall shows (before, "REPLAY 120X" alone, and
/// the clock's time of day).
final class WallReplayDateTests: XCTestCase {
  /// 2024-05-10 09:40:00 UTC.
  private let replayNow: EpochMillis = 1_715_334_000_000

  private func view(playing: Bool = true) -> DashboardView {
    var view = WallFixtures.view()
    view.now = playing ? replayNow : WallFixtures.now
    view.replay = ReplayMarker(speed: 120, playing: playing, wallTime: WallFixtures.now)
    return view
  }

  private func screen(_ view: DashboardView, width: Int, height: Int, asciiOnly: Bool = false) -> String {
    let buffer = TimeZoneOverride.run("UTC0") {
      WallFixtures.render(view, width: width, height: height, asciiOnly: asciiOnly)
    }
    return (0..<buffer.size.height).map { buffer.row($0) }.joined(separator: "\n")
  }

  func testTheReplayDateIsUnderTheClockAtEveryWidth() {
    XCTAssertTrue(screen(view(), width: 80, height: 24).contains("REPLAY 120X │ 10 MAY 2024"))
    XCTAssertTrue(screen(view(), width: 80, height: 24, asciiOnly: true).contains("REPLAY 120X | 10 MAY 2024"))
    XCTAssertTrue(screen(view(), width: 60, height: 20).contains("120X │ 10 MAY 2024"))
    let narrow = screen(view(), width: 40, height: 10)
    XCTAssertTrue(narrow.contains("10 MAY 2024"), narrow)
    XCTAssertFalse(narrow.contains("REPLAY"), "the speed gives way to the date: \(narrow)")
  }

  func testBufferingAndLiveLabels() {
    XCTAssertTrue(screen(view(playing: false), width: 80, height: 24).contains("REPLAY 120X │ BUFFERING"))
    XCTAssertTrue(screen(WallFixtures.view(), width: 80, height: 24).contains("LOCAL TIME"))
  }

  /// A complaint of another day than the wall's clock shows its date, as in the Posts pane, not a bare time.
  func testAComplaintOfAnotherDayShowsItsDate() {
    var view = view()
    view.posts = [
      Post(
        id: "p1", platform: .twitter, authorHandle: "ann", eventTime: replayNow - 86_400_000, arrivalTime: 0,
        text: "Bins not collected again", services: ["waste"], complaint: true),
      Post(
        id: "p2", platform: .twitter, authorHandle: "bob", eventTime: replayNow - 60_000, arrivalTime: 0,
        text: "No water since the morning", services: ["water"], complaint: true),
    ]
    let text = screen(view, width: 80, height: 24)
    XCTAssertTrue(text.contains(" 05-09 "), text)
    XCTAssertTrue(text.contains(" 09:39 "), text)
  }
}
