import CivicTestSupport
import Foundation
import XCTest

/// The live features of `watch` in tmux: taxonomy hot reload and the alert outputs (`--alert-log`,
/// `--on-alert`). Needs `swift build` first and tmux; skips with a message otherwise.
final class LiveEndToEndTests: XCTestCase {
  private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  private var directory: URL!

  override func setUpWithError() throws {
    directory = try makeTemporaryFolder(prefix: "cp-live")
  }

  private func binary() throws -> String {
    let path = Self.root.appendingPathComponent(".build/debug/civicpulse").path
    guard FileManager.default.isExecutableFile(atPath: path) else {
      throw XCTSkip("build civicpulse first (swift build): \(path) is missing")
    }
    return path
  }

  private func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

  private func start(_ arguments: String, width: Int = 120, height: Int = 40) throws -> TmuxSession {
    let state = path("state.sqlite")
    let command = "'\(try binary())' watch --state '\(state)' \(arguments); echo EXIT=$?; sleep 30"
    let session = try TmuxSession(width: width, height: height, command: command)
    addTeardownBlock { session.kill() }
    return session
  }

  private func write(_ text: String, to name: String) throws {
    try Data(text.utf8).write(to: directory.appendingPathComponent(name))
  }

  private func append(_ text: String, to name: String) throws {
    let handle = try FileHandle(forWritingTo: directory.appendingPathComponent(name))
    defer { try? handle.close() }
    try handle.seekToEnd()
    try handle.write(contentsOf: Data(text.utf8))
  }

  private func service(_ id: String, _ name: String, _ keyword: String) -> String {
    "[[service]]\nid = \"\(id)\"\nname = \"\(name)\"\nkeywords = [\"\(keyword)\"]\n"
  }

  /// The Services pane's rows (left of any separator) up to the next pane or the status bar.
  private func servicesRegion(_ screen: String) -> [String] {
    let lines = screen.components(separatedBy: "\n")
    guard let start = lines.firstIndex(where: { $0.contains(" Services ") }) else { return [] }
    return Array(lines[(start + 1)...].prefix { !$0.contains(" Trending ") && !$0.contains("FOLLOWING") })
  }

  private func waitUntil(timeout: Double, _ condition: () -> Bool) -> Bool {
    Poll.until(timeout: timeout, interval: 0.1, condition)
  }

  func testTaxonomyEditTakesEffectAndABrokenEditShowsItsLine() throws {
    try write(service("water", "Water supply", "water"), to: "T.toml")
    try write("", to: "feed.txt")
    let session = try start("--taxonomy '\(path("T.toml"))' '\(path("feed.txt"))'")
    XCTAssertTrue(session.waitFor(timeout: 30) { $0.contains(" Services ") && $0.contains("FOLLOWING") }.ok)

    try append("the zorbulator on Mill Lane is broken again\n", to: "feed.txt")
    let counted = session.waitFor(timeout: 15) { $0.contains(" 1 post │ ") }
    XCTAssertTrue(counted.ok, counted.screen)
    XCTAssertFalse(servicesRegion(counted.screen).joined().contains("Zorb hire"), counted.screen)

    // The new service routes new posts once the watcher has seen the edit (checked about once a second): keep
    // appending such posts until one lands in the Services pane.
    try write(service("water", "Water supply", "water") + service("zorbs", "Zorb hire", "zorbulator"), to: "T.toml")
    var screen = ""
    let routed = waitUntil(timeout: 20) {
      try? append("zorbulator still broken, nobody came\n", to: "feed.txt")
      screen = session.waitFor(timeout: 0.5) { servicesRegion($0).joined().contains("Zorb hire") }.screen
      return servicesRegion(screen).joined().contains("Zorb hire")
    }
    XCTAssertTrue(routed, screen)

    // A service without keywords starting on line 9: the old taxonomy stays and the status bar names the file
    // and line first, then the details.
    try write(
      service("water", "Water supply", "water") + service("zorbs", "Zorb hire", "zorbulator")
        + "[[service]]\nid = \"zorbs\"\n", to: "T.toml")
    let broken = session.waitFor(timeout: 15) { $0.contains("taxonomy T.toml:9 invalid, old one kept: ") }
    XCTAssertTrue(broken.ok, broken.screen)
    XCTAssertTrue(broken.screen.contains("\"zorbs\" has no keywords"), broken.screen)
    XCTAssertTrue(servicesRegion(broken.screen).joined().contains("Zorb hire"), "old taxonomy kept")

    // Fixed again: the error goes away.
    try write(service("water", "Water supply", "water"), to: "T.toml")
    let fixed = session.waitFor(timeout: 15) { !$0.contains("T.toml:9") }
    XCTAssertTrue(fixed.ok, fixed.screen)
    session.sendKeys("q")
    XCTAssertTrue(session.waitFor(timeout: 10) { $0.contains("EXIT=0") }.ok)
  }

  /// `--replay` shows an archive as if live: the dashboard's clock is the replay's, so a 2024 archive's posts count
  /// in the Services pane (on the wall clock they were all too old) and the header shows 2024.
  func testReplayOfAnOldArchiveCountsItsServicesOnTheReplayClock() throws {
    let opening: Int64 = 1_715_331_600  // 2024-05-10T09:00:00Z
    var lines: [String] = []
    for i in 0..<60 {
      let time = ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: Double(opening + Int64(i) * 20)))
      let text = i % 2 == 0 ? "Bins not collected again on Elm Road #bins" : "Pothole on Mill Lane is huge #potholes"
      lines.append(#"{"data":{"id":"\#(1000 + i)","text":"\#(text)","created_at":"\#(time)","author_id":"1"}}"#)
    }
    try write(lines.joined(separator: "\n") + "\n", to: "old2024.jsonl")
    let session = try start("--replay 600 '\(path("old2024.jsonl"))'", width: 100, height: 30)
    let shown = session.waitFor(timeout: 30) { screen in
      let rows = self.servicesRegion(screen)
      return rows.contains { $0.contains("Bins") } && rows.contains { $0.contains("Roads") }
    }
    XCTAssertTrue(shown.ok, shown.screen)
    XCTAssertFalse(shown.screen.contains("no service posts"), shown.screen)
    let header = shown.screen.components(separatedBy: "\n").first ?? ""
    XCTAssertTrue(header.contains("replay 600x"), header)
    XCTAssertTrue(header.contains("May 2024"), header)
    session.sendKeys("q")
    let exited = session.waitFor(timeout: 10) { $0.contains("EXIT=0") }
    XCTAssertTrue(exited.ok, exited.screen)
  }

  func testIncidentInEventTimeReachesTheAlertLogAndTheOnAlertCommand() throws {
    let (taxonomy, feed) = try IncidentFixture.write(into: directory)
    let log = path("alerts.jsonl")
    let hook = path("hook.json")
    let session = try start(
      "--bell --taxonomy '\(taxonomy)' --alert-log '\(log)' --on-alert 'cat > \(hook)' '\(feed)'")

    let logged = waitUntil(timeout: 30) {
      ((try? String(contentsOfFile: log, encoding: .utf8)) ?? "").contains("\"event\":\"started\"")
    }
    XCTAssertTrue(logged, (try? String(contentsOfFile: log, encoding: .utf8)) ?? "no alert log")
    let first = try XCTUnwrap(
      String(contentsOfFile: log, encoding: .utf8).split(separator: "\n").first.map(String.init))
    let record = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any])
    XCTAssertEqual(record["service"] as? String, "water")
    XCTAssertEqual(record["event"] as? String, "started")
    XCTAssertGreaterThanOrEqual(record["complaints"] as? Int ?? 0, 3)

    let hooked = waitUntil(timeout: 20) {
      ((try? String(contentsOfFile: hook, encoding: .utf8)) ?? "").contains("\"service\":\"water\"")
    }
    XCTAssertTrue(hooked, (try? String(contentsOfFile: hook, encoding: .utf8)) ?? "no on-alert output")

    // --bell rang the terminal bell (tmux flags the window).
    XCTAssertTrue(waitUntil(timeout: 10) { session.paneValue("#{window_bell_flag}") == "1" }, "the bell rang")

    // The alert list shows it.
    session.sendKeys("a")
    let list = session.waitFor(timeout: 10) { $0.contains("Alerts: 1 active") }
    XCTAssertTrue(list.ok, list.screen)
    XCTAssertTrue(list.screen.contains("Water supply"), list.screen)
    session.sendKeys("Escape")
    XCTAssertTrue(session.waitFor(timeout: 10) { !$0.contains("Alerts: 1 active") }.ok)
    session.sendKeys("q")
    XCTAssertTrue(session.waitFor(timeout: 10) { $0.contains("EXIT=0") }.ok)
  }
}
