import CivicCore
import CivicTestSupport
import XCTest

@testable import CivicTUI

/// The Posts pane's time column: today's posts show their wall-clock time, others their date, so an archive's or a
/// backdated post (real Bluesky records carry a client-set `createdAt` of year 0) does not pass for today's.
final class PostTimeColumnTests: XCTestCase {
  /// 2026-11-27 13:07:00 UTC.
  let now: EpochMillis = 1_795_784_820_000

  func testTodayShowsTheTimeAndOtherDaysTheDate() {
    let cases: [(EpochMillis, wide: String, narrow: String)] = [
      (now - 3 * 3_600_000, "10:07:00", "10:07"),  // earlier today
      (now, "13:07:00", "13:07"),
      (1_795_737_599_000, "Nov 26", "11-26"),  // 2026-11-26 23:59:59, one second before today
      (1_767_862_800_000, "Jan 08", "01-08"),  // 2026-01-08, same year
      (1_760_454_370_000, "Oct 2025", "2025"),  // another year
      (-62_130_456_000_000, "Mar 0001", "0001"),  // 0001-03-01: years are padded to four digits
    ]
    TimeZoneOverride.run("UTC0") {
      for (time, wide, narrow) in cases {
        XCTAssertEqual(Formatting.postTime(time, now: now, cells: 8), wide, "\(time)")
        XCTAssertEqual(Formatting.postTime(time, now: now, cells: 5), narrow, "\(time)")
      }
    }
  }

  /// "Today" is the local day: 15:30 UTC is today in London's winter (UTC) but tomorrow in Tokyo, where `now` is
  /// already 22:07.
  func testTodayIsTheLocalDay() {
    let later: EpochMillis = 1_795_793_400_000  // 2026-11-27 15:30:00 UTC
    XCTAssertEqual(TimeZoneOverride.run("UTC0") { Formatting.postTime(later, now: now, cells: 8) }, "15:30:00")
    XCTAssertEqual(TimeZoneOverride.run("JST-9") { Formatting.postTime(later, now: now, cells: 8) }, "Nov 28")
  }

  /// The pane draws a post from another day with its date, and today's with its time, in the same column width.
  func testPaneShowsDatesForPostsFromOtherDays() {
    var view = DashboardFixtures.view(postCount: 2)
    view.now = now
    view.posts = [
      Post(id: "old", platform: .bluesky, authorHandle: "a", eventTime: 1_760_454_370_000, arrivalTime: now, text: "x"),
      Post(id: "new", platform: .bluesky, authorHandle: "b", eventTime: now - 60_000, arrivalTime: now, text: "y"),
    ]
    let lines = TimeZoneOverride.run("UTC0") { () -> [String] in
      let buffer = CellBuffer(width: 100, height: 30)
      DashboardRenderer().render(view: view, state: DashboardState(), on: buffer)
      return buffer.lines
    }
    XCTAssertTrue(lines.contains { $0.hasPrefix("Oct 2025 @a ") }, lines.joined(separator: "\n"))
    XCTAssertTrue(lines.contains { $0.hasPrefix("13:06:00 @b ") }, lines.joined(separator: "\n"))
  }
}
