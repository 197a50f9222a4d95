import CivicCore
import XCTest

@testable import CivicTUI

/// The QA findings on the dashboard's and wall's text: whole-number arrivals, singular counts, sources by file
/// name, and what survives at 80 columns (the arrival figure and ALERT in the header, the alert's start time on the
/// wall's banner).
final class NarrowTextTests: XCTestCase {
  private let longPath = "/work/wt/shared/formats/twitter-v1.1/api-stream-small.json"

  func testArrivalsPerMinuteAreWholeNumbers() {
    var view = DashboardView(now: 0, postsPerMinute: 0)
    view.rateSeconds = 60
    XCTAssertEqual(Formatting.arrivals(view), "0 posts/min")
    view.postsPerMinute = 3
    XCTAssertEqual(Formatting.arrivals(view), "3 posts/min")
    view.postsPerMinute = 1
    XCTAssertEqual(Formatting.arrivals(view), "1 post/min")
    view.postsPerMinute = 12_345
    XCTAssertEqual(Formatting.arrivals(view), "12,345 posts/min")
  }

  func testCountsAreSingularForOne() {
    XCTAssertEqual(Formatting.count(1, "post"), "1 post")
    XCTAssertEqual(Formatting.count(0, "post"), "0 posts")
    XCTAssertEqual(Formatting.count(1_234, "post"), "1,234 posts")
    XCTAssertEqual(Formatting.count(2, "query", plural: "queries"), "2 queries")

    var view = DashboardFixtures.view()
    view.totalPosts = 1
    view.malformed = 0
    let buffer = CellBuffer(width: 80, height: 24)
    DashboardRenderer().render(view: view, state: DashboardState(), on: buffer)
    XCTAssertTrue(buffer.row(23).contains("1 post │ 0 malformed"), buffer.row(23))

    var counts = SourceCounts(name: "dup.jsonl")
    counts.posts = 1
    let lines = DiagnosticsOverlay().lines(DiagnosticsReport(sources: [counts]))
    XCTAssertEqual(lines.first, "dup.jsonl: 1 post, 0 malformed")
  }

  func testDiagnosticsWrapAReasonTooLongForTheScreenInsteadOfCuttingIt() {
    let reason = "invalid JSON at byte 144: unterminated string"
    var counts = SourceCounts(name: "socket:/tmp/qa4/s2.sock")
    counts.posts = 5
    counts.malformed = 1
    let report = DiagnosticsReport(
      errors: [IngestError(source: "socket:/tmp/qa4/s2.sock client 2", line: 2, reason: reason, time: 0)],
      sources: [counts])
    let buffer = CellBuffer(width: 80, height: 24)
    let context = RenderContext(screen: buffer, theme: ThemeLoader.compiledDefault())
    DiagnosticsOverlay().draw(report, top: 0, context: context)
    let screen = buffer.lines.joined(separator: "\n")
    XCTAssertTrue(screen.contains("socket:/tmp/qa4/s2.sock client 2:2: invalid JSON at byte 144:"), screen)
    XCTAssertTrue(screen.contains("string"), "the end of the reason is on screen:\n\(screen)")
    for line in buffer.lines { XCTAssertEqual(DisplayWidth.width(of: line), 80) }
    // Lines that fit are left alone.
    XCTAssertEqual(DiagnosticsOverlay.wrapped(["short line"], width: 76), ["short line"])
    XCTAssertEqual(
      DiagnosticsOverlay.wrapped(["aaaa bbbb cccc dddd"], width: 10), ["aaaa bbbb", "  cccc", "  dddd"])
  }

  func testHeaderNamesSourcesByFileNameAndKeepsRateAndAlertAt80Columns() {
    var view = DashboardFixtures.view()
    view.sources = [SourceStatus(name: longPath, state: .following)]
    for width in [200, 120] {
      let buffer = CellBuffer(width: width, height: 40)
      DashboardRenderer().render(view: view, state: DashboardState(), on: buffer)
      let header = buffer.row(0)
      XCTAssertTrue(header.contains("api-stream-small.json: following"), header)
      XCTAssertFalse(header.contains("/work/"), header)
    }
    for asciiOnly in [false, true] {
      let buffer = CellBuffer(width: 80, height: 24, asciiOnly: asciiOnly)
      DashboardRenderer().render(view: view, state: DashboardState(), on: buffer)
      let header = buffer.row(0)
      XCTAssertTrue(header.contains("312 posts/min"), header)
      XCTAssertTrue(header.contains("ALERT: Water supply "), header)
      XCTAssertTrue(header.contains("api-stream"), "the sources are cut, not dropped: \(header)")
      XCTAssertTrue(header.contains(String((asciiOnly ? Glyphs.ascii : Glyphs.unicode).ellipsis)), header)
      XCTAssertEqual(DisplayWidth.width(of: header), 80)
    }
    // Too narrow for any useful part of the sources: they go, the figure stays.
    let buffer = CellBuffer(width: 60, height: 24)
    DashboardRenderer().render(view: view, state: DashboardState(), on: buffer)
    XCTAssertTrue(buffer.row(0).contains("312 posts/min"), buffer.row(0))
    XCTAssertFalse(buffer.row(0).contains("api-"), buffer.row(0))
  }

  func testWallTitleNamesSourcesByFileName() {
    var view = WallFixtures.view()
    view.sources = [SourceStatus(name: longPath, state: .following)]
    let buffer = WallFixtures.render(view, width: 200, height: 60)
    XCTAssertTrue(buffer.row(0).contains("api-stream-small.json: following"), buffer.row(0))
    XCTAssertFalse(buffer.row(0).contains("/work/"), buffer.row(0))
  }

  func testWallBannerKeepsTheStartTimeAt80Columns() {
    let alert = WallFixtures.alert(
      1, service: "waste", name: "Bins, rubbish and recycling", minutesAgo: 12, complaints: 636, expected: 111)
    let since = "since " + Formatting.clock(alert.start, seconds: false)
    let view = WallFixtures.view(alerts: [alert])
    let wide = WallFixtures.render(view, width: 200, height: 60)
    XCTAssertTrue(
      wide.contains("ALERT  Bins, rubbish and recycling: 636 complaints vs 111 expected  \(since) (12 min)"))
    for asciiOnly in [false, true] {
      let narrow = WallFixtures.render(view, width: 80, height: 24, asciiOnly: asciiOnly)
      let row = (0..<24).map(narrow.row).first { $0.contains("ALERT  ") } ?? ""
      XCTAssertTrue(row.contains("Bins, rubbish and recycling: 636"), row)
      XCTAssertTrue(row.contains(since), row)
    }
    // A name too long for any wording: the name is cut, the figures and the time stay.
    let long = WallFixtures.alert(
      2, service: "waste", name: "Bins, rubbish, recycling, bulky items, garden waste and street cleansing",
      minutesAgo: 5, complaints: 636, expected: 111)
    let text = WallRenderer.bannerText(long, now: WallFixtures.now, cells: 60)
    XCTAssertLessThanOrEqual(DisplayWidth.width(of: text), 60, text)
    XCTAssertTrue(text.hasPrefix("ALERT  Bins, rubbish"), text)
    XCTAssertTrue(text.hasSuffix(": 636 vs 111 exp. · since " + Formatting.clock(long.start, seconds: false)), text)
  }
}
