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
    let tmux = try TriageTmux()
    defer { tmux.killServer() }
    let directory = NSTemporaryDirectory() + "civicpulse-e2e-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let state = directory + "/state.db"
    // A slow seeded demo feed: 18 posts of history and one live post at start, the same in both dashboards.
    let watch = [civicpulse, "watch", "--demo", "--seed", "7", "--demo-rate", "0.02", "--state", state]
    for (session, officer) in [("a", "officer-a"), ("b", "officer-b")] {
      try tmux.start(
        session: session, width: 120, height: 30,
        environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8", "USER": officer, "HOME": directory],
        command: watch)
    }
    // The top row of the Posts pane (screen row 2 at 120x30) once both show posts.
    let postsRow = 2
    let textColumn = 46
    var snippets: [String: String] = [:]
    for session in ["a", "b"] {
      let (screen, ok) = try tmux.wait(session, timeout: 30) {
        $0.count > postsRow && $0[0].contains("demo") && $0[postsRow].count > textColumn + 10
      }
      XCTAssertTrue(ok, "dashboard \(session) did not show posts:\n\(screen.joined(separator: "\n"))")
      guard ok else { return }
      snippets[session] = String(Array(screen[postsRow]).dropFirst(textColumn).prefix(24))
    }
    let top = try XCTUnwrap(snippets["a"])
    XCTAssertEqual(snippets["b"], top, "both dashboards show the same newest post")

    try tmux.send("a", keys: ["h"])
    let (screenA, markedA) = try tmux.wait("a", timeout: 10) { lines in
      lines.contains { $0.contains(top) && $0.contains("✓") }
    }
    XCTAssertTrue(markedA, "no marker in A:\n\(screenA.joined(separator: "\n"))")
    XCTAssertTrue(screenA.contains { $0.contains("handled: @") }, "A says what it saved")
    let markedAt = Date()
    let (screenB, markedB) = try tmux.wait("b", timeout: 5) { lines in
      lines.contains { $0.contains(top) && $0.contains("✓") }
    }
    XCTAssertTrue(markedB, "no marker in B:\n\(screenB.joined(separator: "\n"))")
    let delay = Date().timeIntervalSince(markedAt)
    print("marker reached the second dashboard after \(String(format: "%.2f", delay)) s")
    XCTAssertLessThan(delay, 3.0, "a mark should show in other terminals within about 2 s")

    for session in ["a", "b"] { try tmux.send(session, keys: ["q"]) }
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
