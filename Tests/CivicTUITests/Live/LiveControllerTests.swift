import CivicCore
import XCTest

@testable import CivicTUI

/// The live-monitoring keys on a cell buffer: alert list, Services window and sort, themes, diagnostics, bell.
final class LiveControllerTests: XCTestCase {
  private let now = LiveModel.wallClock()

  private func alert(
    _ id: Int, _ service: String, _ name: String, start: EpochMillis, end: EpochMillis? = nil,
    complaints: Int, expected: Double, severity: AlertSeverity
  ) -> Alert {
    Alert(
      id: id, service: service, serviceName: name, start: start, end: end, complaints: complaints,
      expected: expected, severity: severity)
  }

  private func row(_ id: String, _ name: String, complaints: Int, posts: Int, alert: AlertSeverity? = nil)
    -> ServiceRow
  {
    ServiceRow(id: id, name: name, complaints: complaints, posts: posts, sparkline: [0, 1, 2], alert: alert)
  }

  private func makeApp(_ analytics: StubAnalytics, width: Int = 80, height: Int = 24) throws -> (
    DashboardApp, CellBuffer, LiveModel
  ) {
    let model = LiveModel(keep: 10, analytics: analytics, serviceOrder: ["water", "roads"])
    let app = DashboardApp(model: model, wake: try XCTUnwrap(WakePipe()))
    let buffer = CellBuffer(width: width, height: height)
    app.draw(on: buffer)
    return (app, buffer, model)
  }

  private func press(_ app: DashboardApp, _ buffer: CellBuffer, _ keys: Key...) {
    for key in keys { app.handle(key, on: buffer) }
    app.draw(on: buffer)
  }

  private func servicesRows(_ buffer: CellBuffer) -> [String] {
    let layout = DashboardLayout(size: buffer.size)
    let content = layout.content(.services)
    return (content.y..<content.maxY).map { buffer.row($0) }
  }

  func testAlertListShowsActiveAndPastAlertsAndCloses() throws {
    let analytics = StubAnalytics()
    analytics.history = [
      alert(2, "water", "Water supply", start: now - 600_000, complaints: 12, expected: 2.5, severity: .high),
      alert(
        1, "roads", "Roads", start: now - 7_200_000, end: now - 3_600_000, complaints: 5, expected: 0.4,
        severity: .low),
    ]
    let (app, buffer, _) = try makeApp(analytics)
    XCTAssertFalse(buffer.contains("Alerts: "))
    press(app, buffer, .character("a"))
    XCTAssertTrue(buffer.contains("Alerts: 1 active, 2 this run"), buffer.lines.joined(separator: "\n"))
    let water = try XCTUnwrap(buffer.lines.first { $0.contains("Water supply") && $0.contains("12 vs 2.5") })
    XCTAssertTrue(water.contains("active"), water)
    XCTAssertTrue(water.contains("high"), water)
    let roads = try XCTUnwrap(buffer.lines.first { $0.contains("Roads") && $0.contains("5 vs 0.4") })
    XCTAssertTrue(roads.contains(Formatting.clock(now - 3_600_000, seconds: false)), roads)
    XCTAssertTrue(roads.contains("low"), roads)
    // q closes the list, it does not quit; a toggles; Esc closes.
    press(app, buffer, .character("q"))
    XCTAssertFalse(buffer.contains("Alerts: "))
    XCTAssertFalse(app.state.shouldQuit)
    press(app, buffer, .character("a"))
    XCTAssertTrue(buffer.contains("Alerts: "))
    press(app, buffer, .character("a"))
    XCTAssertFalse(buffer.contains("Alerts: "))
    press(app, buffer, .character("a"), .escape)
    XCTAssertFalse(buffer.contains("Alerts: "))
  }

  func testAlertingServiceRowIsDrawnInTheAlertColour() throws {
    let analytics = StubAnalytics()
    analytics.rows[.oneHour] = [
      row("water", "Water supply", complaints: 9, posts: 12, alert: .medium),
      row("roads", "Roads", complaints: 3, posts: 8),
    ]
    let (app, buffer, _) = try makeApp(analytics)
    let layout = DashboardLayout(size: buffer.size)
    let content = layout.content(.services)
    let y = try XCTUnwrap((content.y..<content.maxY).first { buffer.row($0).contains("Water supply") })
    let x = try XCTUnwrap(buffer.column(of: "Water supply", inRow: y))
    XCTAssertEqual(buffer.style(at: x, y), app.renderer.theme.style(.alert))
    let roadsY = try XCTUnwrap((content.y..<content.maxY).first { buffer.row($0).contains("Roads") })
    let roadsX = try XCTUnwrap(buffer.column(of: "Roads", inRow: roadsY))
    XCTAssertNotEqual(buffer.style(at: roadsX, roadsY), app.renderer.theme.style(.alert))
  }

  func testWindowCyclesAndSortToggles() throws {
    let analytics = StubAnalytics()
    analytics.rows[.oneHour] = [
      row("water", "Water supply", complaints: 3, posts: 4, alert: .low),
      row("roads", "Roads", complaints: 10, posts: 20),
    ]
    analytics.rows[.oneDay] = [row("roads", "Roads", complaints: 321, posts: 400)]
    analytics.rows[.fifteenMinutes] = [row("water", "Water supply", complaints: 2, posts: 2)]
    let (app, buffer, _) = try makeApp(analytics, width: 120, height: 30)
    let title = { (buffer: CellBuffer) -> String in
      buffer.row(DashboardLayout(size: buffer.size).panes[.services]?.y ?? 0)
    }
    XCTAssertTrue(title(buffer).contains("Services  1h "), title(buffer))
    XCTAssertTrue(title(buffer).contains("cmp%"), "share column at 120 columns: \(title(buffer))")
    // Alert state first: the alerting service above the busier one.
    var rows = servicesRows(buffer)
    XCTAssertTrue(rows[0].contains("Water supply"), rows[0])
    XCTAssertTrue(rows[0].contains("75%"), "3 complaints of 4 posts: \(rows[0])")
    press(app, buffer, .character("o"))
    rows = servicesRows(buffer)
    XCTAssertTrue(rows[0].contains("Roads"), rows[0])
    XCTAssertTrue(rows[1].contains("Water supply"), rows[1])
    XCTAssertTrue(buffer.contains("Services sorted by complaints"))
    XCTAssertEqual(app.live.sort, .complaints)
    press(app, buffer, .character("o"))
    XCTAssertTrue(servicesRows(buffer)[0].contains("Water supply"))
    XCTAssertTrue(buffer.contains("Services sorted by alert state"))

    press(app, buffer, .character("w"))
    XCTAssertTrue(title(buffer).contains("Services  24h "), title(buffer))
    XCTAssertTrue(servicesRows(buffer)[0].contains("321"), servicesRows(buffer)[0])
    XCTAssertTrue(buffer.contains("Services window: 24h"))
    press(app, buffer, .character("w"))
    XCTAssertTrue(title(buffer).contains("Services  15m "), title(buffer))
    XCTAssertFalse(buffer.contains("Roads"))
    press(app, buffer, .character("w"))
    XCTAssertEqual(app.live.window, .oneHour)
  }

  func testShareColumnIsDroppedWhenNarrow() {
    XCTAssertEqual(ServicesPane.Columns(width: 40).share, 0)
    let wide = ServicesPane.Columns(width: 90)
    XCTAssertEqual(wide.share, 4)
    XCTAssertGreaterThan(wide.sparklineX, wide.shareX)
  }

  func testThemeCyclingSaysWhichTheme() throws {
    let (app, buffer, _) = try makeApp(StubAnalytics())
    press(app, buffer, .character("t"))
    XCTAssertTrue(buffer.contains("no themes to cycle"))
    let loader = ThemeLoader(directories: [])
    app.live.themes = ThemeCycler(loader: loader, depth: .colors256, current: "default")
    let expected = loader.next(after: "default")
    XCTAssertNotEqual(expected, "default")
    press(app, buffer, .character("t"))
    XCTAssertTrue(buffer.contains("theme: \(expected)"), buffer.row(23))
    XCTAssertEqual(app.renderer.theme.name, expected)
    XCTAssertEqual(app.live.themes?.current, expected)
    press(app, buffer, .character("t"))
    XCTAssertTrue(buffer.contains("theme: \(loader.next(after: expected))"), buffer.row(23))
  }

  func testDiagnosticsViewListsBadRecordsAndSourceCounts() throws {
    let (app, buffer, _) = try makeApp(StubAnalytics())
    var counts = SourceCounts(name: "feed.jsonl")
    counts.posts = 10
    counts.malformed = 2
    app.live.diagnostics = {
      DiagnosticsReport(
        errors: [
          IngestError(source: "feed.jsonl", line: 3, reason: "invalid JSON", time: 0),
          IngestError(source: "feed.jsonl", line: 7, reason: "truncated record", time: 1),
        ], sources: [counts])
    }
    press(app, buffer, .character("d"))
    let page = buffer.lines.joined(separator: "\n")
    XCTAssertTrue(page.contains("Diagnostics"), page)
    XCTAssertTrue(page.contains("feed.jsonl: 10 posts, 2 malformed"), page)
    let newest = try XCTUnwrap(buffer.lines.firstIndex { $0.contains("feed.jsonl:7: truncated record") })
    let older = try XCTUnwrap(buffer.lines.firstIndex { $0.contains("feed.jsonl:3: invalid JSON") })
    XCTAssertLessThan(newest, older, "newest first")
    press(app, buffer, .character("d"))
    XCTAssertFalse(buffer.contains("feed.jsonl:7"))
    press(app, buffer, .character("d"), .character("q"))
    XCTAssertFalse(buffer.contains("feed.jsonl:7"))
    XCTAssertFalse(app.state.shouldQuit)
  }

  func testDiagnosticsViewGoesToTheOldestRecordWithGAndBackWithg() throws {
    // QA: with 100 malformed records, G and End did nothing in `d`; only j/k and the page keys moved it.
    let (app, buffer, _) = try makeApp(StubAnalytics())
    let errors = (1...100).map { IngestError(source: "feed.jsonl", line: $0, reason: "garbage", time: EpochMillis($0)) }
    app.live.diagnostics = { DiagnosticsReport(errors: errors) }
    press(app, buffer, .character("d"))
    XCTAssertTrue(buffer.contains("feed.jsonl:100: garbage"))
    XCTAssertTrue(buffer.contains("j/k g/G scroll  Esc/q/d close"), buffer.lines.joined(separator: "\n"))
    for key in [Key.character("G"), .end] {
      press(app, buffer, key)
      XCTAssertTrue(buffer.contains("feed.jsonl:1: garbage"), buffer.lines.joined(separator: "\n"))
      XCTAssertFalse(buffer.contains("feed.jsonl:100: garbage"))
      press(app, buffer, .character("k"))
      XCTAssertFalse(buffer.contains("feed.jsonl:1: garbage"), "k goes up from the last page at once")
      press(app, buffer, .character("g"))
      XCTAssertTrue(buffer.contains("feed.jsonl:100: garbage"))
    }
  }

  func testOverlayFootersFitTheSmallestDashboard() throws {
    // The footer says how to close the box: it must not be cut at 40 columns, the smallest dashboard.
    let (app, buffer, _) = try makeApp(StubAnalytics(), width: 40, height: 10)
    for key in ["d", "a"] {
      press(app, buffer, .character(Character(key)))
      XCTAssertTrue(buffer.contains("Esc/q/\(key) close"), buffer.lines.joined(separator: "\n"))
      press(app, buffer, .escape)
    }
  }

  func testDiagnosticsNameDuplicatesSoASourceOfRepeatsDoesNotReadAsSilent() throws {
    // QA: following flat.jsonl and noflat.jsonl (the same 100 posts) showed "flat.jsonl: 0 posts, 0 malformed".
    let (app, buffer, _) = try makeApp(StubAnalytics())
    var repeats = SourceCounts(name: "flat.jsonl")
    repeats.duplicates = 1_200
    repeats.skipped = 3
    var first = SourceCounts(name: "noflat.jsonl")
    first.posts = 100
    app.live.diagnostics = { DiagnosticsReport(sources: [repeats, first]) }
    press(app, buffer, .character("d"))
    let page = buffer.lines.joined(separator: "\n")
    XCTAssertTrue(page.contains("flat.jsonl: 0 posts, 0 malformed, 1,200 duplicates, 3 skipped (not posts)"), page)
    XCTAssertTrue(page.contains("noflat.jsonl: 100 posts, 0 malformed "), "nothing added when none: \(page)")
    XCTAssertFalse(page.contains("refused"), page)
    app.live.diagnostics = {
      var report = DiagnosticsReport(sources: [first])
      report.rejectedClients = 2
      return report
    }
    press(app, buffer, .character("g"))
    XCTAssertTrue(
      buffer.contains("socket: 2 connections refused unread (too many clients at once)"),
      buffer.lines.joined(separator: "\n"))
  }

  func testDiagnosticsShowEachSourcesState() throws {
    // At 80 columns the header leaves out the states of later sources: `d` says whether a file is still awaited.
    let (app, buffer, _) = try makeApp(StubAnalytics())
    var counts = SourceCounts(name: "/var/feeds/missing.jsonl")
    counts.posts = 0
    let stdin = SourceCounts(name: "stdin")
    app.live.diagnostics = {
      var report = DiagnosticsReport(sources: [counts, stdin, SourceCounts(name: "later.jsonl")])
      report.statuses = [
        SourceStatus(name: "/var/feeds/missing.jsonl", state: .waiting, detail: "no such file"),
        SourceStatus(name: "stdin", state: .ended),
        SourceStatus(name: "later.jsonl", state: .waiting, detail: "waiting for later.jsonl to appear"),
      ]
      return report
    }
    press(app, buffer, .character("d"))
    let page = buffer.lines.joined(separator: "\n")
    XCTAssertTrue(page.contains("/var/feeds/missing.jsonl: waiting (no such file), 0 posts, 0 malformed"), page)
    XCTAssertTrue(page.contains("stdin: ended, 0 posts, 0 malformed"), page)
    XCTAssertTrue(page.contains("later.jsonl: waiting for later.jsonl to appear, 0 posts"), page)
  }

  func testDiagnosticsBoxWidensForALongSourcePathSoItsCountsShow() throws {
    let (app, buffer, _) = try makeApp(StubAnalytics(), width: 120, height: 30)
    let path = "/work/wt/shared/formats/mastodon/streaming.md.events.sse"
    var counts = SourceCounts(name: path)
    counts.posts = 6
    app.live.diagnostics = { DiagnosticsReport(sources: [counts]) }
    press(app, buffer, .character("d"))
    XCTAssertTrue(buffer.contains(path + ": 6 posts, 0 malformed"), buffer.lines.joined(separator: "\n"))
  }

  func testBellRingsOncePerNewAlertAndEventsReachTheSink() throws {
    let analytics = StubAnalytics()
    let (app, buffer, model) = try makeApp(analytics)
    final class Sink: @unchecked Sendable {
      var events: [AlertEvent] = []
    }
    let sink = Sink()
    model.onAlerts = { sink.events += $0 }
    app.live.bell = true
    let first = alert(1, "water", "Water supply", start: now, complaints: 6, expected: 1, severity: .medium)
    analytics.history = [first]
    analytics.pending = [AlertEvent(kind: .started, alert: first)]
    app.draw(on: buffer)
    XCTAssertEqual(buffer.bellCount, 1)
    app.draw(on: buffer)
    XCTAssertEqual(buffer.bellCount, 1, "no new alert, no bell")
    var bigger = first
    bigger.complaints = 9
    analytics.pending = [AlertEvent(kind: .updated, alert: bigger)]
    app.draw(on: buffer)
    XCTAssertEqual(buffer.bellCount, 1, "an update is not a new alert")
    let second = alert(2, "roads", "Roads", start: now, complaints: 4, expected: 0.5, severity: .low)
    analytics.pending = [AlertEvent(kind: .started, alert: second)]
    app.draw(on: buffer)
    XCTAssertEqual(buffer.bellCount, 2)
    XCTAssertEqual(sink.events.map(\.kind), [.started, .updated, .started])
    // Without --bell the bell stays silent.
    app.live.bell = false
    analytics.pending = [
      AlertEvent(
        kind: .started, alert: alert(3, "parks", "Parks", start: now, complaints: 3, expected: 0.1, severity: .low))
    ]
    app.draw(on: buffer)
    XCTAssertEqual(buffer.bellCount, 2)
  }

  func testAlertsAlreadyEndedInHistoryDoNotRing() throws {
    let analytics = StubAnalytics()
    let (app, buffer, _) = try makeApp(analytics)
    app.live.bell = true
    // History loaded at start-up (the demo's last hour): one incident came and went, one is still going on.
    let past = alert(
      1, "water", "Water supply", start: now - 50 * 60_000, end: now - 30 * 60_000, complaints: 6, expected: 1,
      severity: .medium)
    var pastStarted = past
    pastStarted.end = nil
    analytics.history = [past]
    analytics.pending = [AlertEvent(kind: .started, alert: pastStarted), AlertEvent(kind: .ended, alert: past)]
    app.draw(on: buffer)
    XCTAssertEqual(buffer.bellCount, 0, "an alert over before it was seen is listed, not rung")
    press(app, buffer, .character("a"))
    XCTAssertTrue(buffer.contains("Water supply"), "it is still in the alert list")
    press(app, buffer, .escape)
    let ongoing = alert(2, "roads", "Roads", start: now - 20 * 60_000, complaints: 4, expected: 0.5, severity: .low)
    analytics.pending = [AlertEvent(kind: .started, alert: ongoing)]
    app.draw(on: buffer)
    XCTAssertEqual(buffer.bellCount, 1, "an alert still active rings, however long ago it started")
  }

  func testWallRingsTheBellAndCyclesThemesButIgnoresPrompts() throws {
    let analytics = StubAnalytics()
    let (app, buffer, _) = try makeApp(analytics, width: 120, height: 40)
    app.wall = WallRenderer(theme: app.renderer.theme)
    app.live.bell = true
    let loader = ThemeLoader(directories: [])
    app.live.themes = ThemeCycler(loader: loader, depth: .colors256, current: "default")
    let fresh = alert(1, "water", "Water supply", start: now, complaints: 6, expected: 1, severity: .medium)
    analytics.history = [fresh]
    analytics.pending = [AlertEvent(kind: .started, alert: fresh)]
    app.draw(on: buffer)
    XCTAssertEqual(buffer.bellCount, 1, "the wall rings for a new alert too")
    press(app, buffer, .character("t"))
    XCTAssertEqual(app.wall?.theme.name, loader.next(after: "default"), "t re-themes the wall")
    XCTAssertEqual(app.renderer.theme.name, app.wall?.theme.name)
    press(app, buffer, .character("/"), .character("x"), .character("a"), .enter)
    XCTAssertFalse(app.workflow.isModal, "no prompt on the wall")
    XCTAssertNil(app.workflow.search)
    XCTAssertFalse(app.live.isOverlayOpen, "no alert list on the wall")
    press(app, buffer, .character("q"))
    XCTAssertTrue(app.state.shouldQuit)
  }

  func testHelpListsTheNewKeysWithin80x24() {
    var state = DashboardState()
    state.apply(.toggleHelp, metrics: DashboardState.Metrics())
    let buffer = DashboardFixtures.render(width: 80, height: 24, state: state)
    XCTAssertTrue(buffer.contains("a / d / t"))
    XCTAssertTrue(buffer.contains("Services window 15m/1h/24h"))
    XCTAssertTrue(buffer.contains("h / E / x / c"))
    XCTAssertTrue(buffer.contains("Any key closes this help."), "the whole help fits at 80x24")
  }

  func testTaxonomyReloadUpdatesServicesAndNotice() throws {
    let analytics = StubAnalytics()
    let (app, buffer, model) = try makeApp(analytics, width: 120, height: 30)
    model.setNotice("taxonomy T.toml:4 invalid, old one kept: expected '='")
    app.draw(on: buffer)
    XCTAssertTrue(buffer.contains("T.toml:4 invalid, old one kept: expected '='"))
    model.setServices([ServiceInfo(id: "water", name: "Water"), ServiceInfo(id: "zorbs", name: "Zorb hire")])
    XCTAssertEqual(analytics.services.map(\.id), ["water", "zorbs"])
    model.setNotice(nil)
    app.draw(on: buffer)
    XCTAssertFalse(buffer.contains("T.toml:4"))
  }

  func testAPromptKeyTypedOverTheAlertListOpensThePromptAndTheTextGoesIntoIt() throws {
    let analytics = StubAnalytics()
    analytics.history = [
      alert(1, "water", "Water supply", start: now - 600_000, complaints: 12, expected: 2.5, severity: .high)
    ]
    let (app, buffer, _) = try makeApp(analytics)
    press(app, buffer, .character("a"))
    XCTAssertTrue(buffer.contains("Alerts: "))
    let typed = ":filter service=water complaints since=15m"
    for character in typed { app.handle(.character(character), on: buffer) }
    app.draw(on: buffer)
    XCTAssertFalse(buffer.contains("Alerts: "), "the prompt key closed the list")
    XCTAssertTrue(buffer.contains("filter service=water complaints since=15m"), buffer.lines.joined(separator: "\n"))
    XCTAssertFalse(buffer.contains("theme:"), "no letter of the text was taken as a command")
    XCTAssertFalse(buffer.contains("PAUSED"), "no letter of the text was taken as a command")
  }
}
