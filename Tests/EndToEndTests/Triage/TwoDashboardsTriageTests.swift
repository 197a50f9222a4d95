import CivicTestSupport
import Foundation
import XCTest

/// Two dashboards on one state file, as two officers on one server: a mark made in one shows in the other, and
/// `civicpulse export` lists it.
final class TwoDashboardsTriageTests: XCTestCase {
  private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  private func binary() throws -> String {
    for configuration in ["debug", "release"] {
      let path = Self.root.appendingPathComponent(".build/\(configuration)/civicpulse").path
      if FileManager.default.isExecutableFile(atPath: path) { return path }
    }
    throw XCTSkip("civicpulse is not built (run swift build first)")
  }

  func testMarkInOneDashboardShowsInTheOtherAndInTheExport() throws {
    let civicpulse = try binary()
    let directory = try makeTemporaryFolder(prefix: "civicpulse-e2e").path
    let state = directory + "/state.db"
    // Two officers, each in a terminal of their own (a tmux server each), on a slow seeded demo feed: 18 posts of
    // history and one live post at start, the same in both dashboards.
    var sessions: [String: TmuxSession] = [:]
    for (name, officer) in [("a", "officer-a"), ("b", "officer-b")] {
      sessions[name] = try TmuxSession(
        width: 120, height: 30,
        command: "env TERM=xterm-256color LANG=C.UTF-8 USER=\(officer) HOME='\(directory)' '\(civicpulse)' watch "
          + "--demo --seed 7 --demo-rate 0.02 --state '\(state)'")
    }
    defer { sessions.values.forEach { $0.kill() } }
    let a = try XCTUnwrap(sessions["a"])
    let b = try XCTUnwrap(sessions["b"])
    // The top row of the Posts pane (screen row 2 at 120x30) once both show posts.
    let postsRow = 2
    let textColumn = 46
    func lines(_ screen: String) -> [String] { screen.components(separatedBy: "\n") }
    for session in [a, b] {
      let (screen, ok) = session.waitFor(timeout: 30) {
        let rows = lines($0)
        return rows.count > postsRow && rows[0].contains("demo") && rows[postsRow].count > textColumn + 10
      }
      XCTAssertTrue(ok, "a dashboard did not show posts:\n\(screen)")
      guard ok else { return }
    }
    // Both show the same newest post once the live post at start has reached both (one may draw its history a
    // moment before that post arrives).
    func newest(_ session: TmuxSession) -> String {
      let rows = lines(session.capture())
      return rows.count > postsRow ? String(Array(rows[postsRow]).dropFirst(textColumn).prefix(24)) : ""
    }
    var top = ""
    let deadline = Date().addingTimeInterval(30)
    while Date() < deadline {
      let (first, second) = (newest(a), newest(b))
      if !first.isEmpty && first == second {
        top = first
        break
      }
      Thread.sleep(forTimeInterval: 0.1)
    }
    XCTAssertFalse(top.isEmpty, "both dashboards show the same newest post: '\(newest(a))' and '\(newest(b))'")
    guard !top.isEmpty else { return }

    a.sendKeys("h")
    let marked: (String) -> Bool = { screen in lines(screen).contains { $0.contains(top) && $0.contains("✓") } }
    let (screenA, markedA) = a.waitFor(timeout: 10, marked)
    XCTAssertTrue(markedA, "no marker in A:\n\(screenA)")
    XCTAssertTrue(screenA.contains("handled: @"), "A says what it saved")
    let markedAt = Date()
    let (screenB, markedB) = b.waitFor(timeout: 5, marked)
    XCTAssertTrue(markedB, "no marker in B:\n\(screenB)")
    let delay = Date().timeIntervalSince(markedAt)
    print("marker reached the second dashboard after \(String(format: "%.2f", delay)) s")
    XCTAssertLessThan(delay, 3.0, "a mark should show in other terminals within about 2 s")

    for session in [a, b] { session.sendKeys("q") }
    let export = Process()
    export.executableURL = URL(fileURLWithPath: civicpulse)
    export.arguments = ["export", "--state", state, "--format", "csv"]
    let output = Pipe()
    export.standardOutput = output
    try export.run()
    let csv = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    export.waitUntilExit()
    XCTAssertEqual(export.terminationStatus, 0)
    let rows = csv.split(whereSeparator: \.isNewline)
    XCTAssertEqual(rows.count, 2, csv)
    XCTAssertTrue(rows.last?.contains("handled") ?? false, csv)
    XCTAssertTrue(rows.last?.contains("officer-a") ?? false, csv)
    XCTAssertTrue(csv.contains(top.trimmingCharacters(in: .whitespaces).prefix(15)), csv)
  }
}
