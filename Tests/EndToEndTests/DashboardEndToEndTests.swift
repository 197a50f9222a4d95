import Foundation
import XCTest

/// Starts the real `civicpulse` binary in tmux on the demo feed and drives it like a user.
/// Needs `swift build` (or `swift build --build-tests`) first and tmux; skips with a message otherwise.
final class DashboardEndToEndTests: XCTestCase {
  private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  private func binary() throws -> String {
    let path = Self.root.appendingPathComponent(".build/debug/civicpulse").path
    guard FileManager.default.isExecutableFile(atPath: path) else {
      throw XCTSkip("build civicpulse first (swift build): \(path) is missing")
    }
    return path
  }

  /// A session running the dashboard, then printing its exit status and staying open.
  /// - Parameter environment: `NAME=value` words set for the dashboard alone.
  private func start(_ arguments: String, width: Int = 120, height: Int = 40, environment: String = "") throws
    -> TmuxSession
  {
    let command = "env \(environment) '\(try binary())' \(arguments); echo EXIT=$?; sleep 30"
    let session = try TmuxSession(width: width, height: height, command: command)
    addTeardownBlock { session.kill() }
    return session
  }

  private func showsAllRegions(_ screen: String) -> Bool {
    let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
    // The arrival figure reads "N posts in Ns" during the first minute, "N posts/min" after it.
    guard let header = lines.first, header.contains("CivicPulse"),
      header.contains("posts/min") || header.contains(" posts in ") || header.contains(" post in ")
    else { return false }
    return screen.contains(" Posts ") && screen.contains(" Services ") && screen.contains(" Trending ")
      && screen.contains("FOLLOWING") && screen.contains("posts")
  }

  /// All regions, with posts listed (the demo has delivered its first hour of history).
  private func showsPosts(_ screen: String) -> Bool {
    showsAllRegions(screen) && region(screen, title: "Posts", until: "Services").filter { $0.contains("@") }.count > 5
  }

  /// The rows between a pane's title line and the next pane title (or the status bar), left of any separator.
  private func region(_ screen: String, title: String, until end: String) -> [String] {
    let lines = screen.components(separatedBy: "\n")
    guard let start = lines.firstIndex(where: { $0.contains(" \(title) ") }) else { return [] }
    var rows: [String] = []
    for line in lines[(start + 1)...] {
      if line.contains(" \(end) ") || line.contains("FOLLOWING") { break }
      rows.append(String(line.split(separator: "│", omittingEmptySubsequences: false).first ?? ""))
    }
    return rows
  }

  func testDashboardRunsResizesShowsHelpAndQuits() throws {
    let session = try start("watch --demo --demo-rate 20")

    let first = session.waitFor(timeout: 30, showsPosts)
    XCTAssertTrue(first.ok, "all four regions at 120x40:\n\(first.screen)")
    let posts = region(first.screen, title: "Posts", until: "Services")
    let services = region(first.screen, title: "Services", until: "Trending")
    XCTAssertGreaterThan(posts.filter { $0.contains("@") }.count, 5, first.screen)
    XCTAssertGreaterThan(services.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.count, 5, first.screen)

    // Posts keep arriving: both panes change (polled up to 15 s; at 20 posts/s it takes well under 3 s).
    let moved = session.waitFor(timeout: 15) { screen in
      self.region(screen, title: "Posts", until: "Services") != posts
        && self.region(screen, title: "Services", until: "Trending") != services
    }
    XCTAssertTrue(moved.ok, "Posts and Services did not change:\n\(first.screen)\n---\n\(moved.screen)")

    session.resize(width: 80, height: 24)
    let small = session.waitFor(timeout: 10) { screen in
      self.showsAllRegions(screen) && screen.components(separatedBy: "\n").first.map { $0.count <= 80 } == true
        && !screen.components(separatedBy: "\n").contains { $0.count > 80 }
    }
    XCTAssertTrue(small.ok, "all panes at 80x24:\n\(small.screen)")

    session.resize(width: 30, height: 8)
    let tiny = session.waitFor(timeout: 10) { $0.contains("terminal too small") && $0.contains("40x10") }
    XCTAssertTrue(tiny.ok, "too-small message at 30x8:\n\(tiny.screen)")
    XCTAssertFalse(tiny.screen.contains(" Posts "))

    session.resize(width: 120, height: 40)
    XCTAssertTrue(session.waitFor(timeout: 10, showsAllRegions).ok, "back at 120x40")
    session.sendKeys("?")
    let help = session.waitFor(timeout: 10) { $0.contains("Keys") && $0.contains("pause / resume following") }
    XCTAssertTrue(help.ok, "help overlay:\n\(help.screen)")
    XCTAssertTrue(help.screen.contains("quit"))
    session.sendKeys("?")
    XCTAssertTrue(session.waitFor(timeout: 10) { !$0.contains("pause / resume following") }.ok, "help closes")

    session.sendKeys("q")
    let exited = session.waitFor(timeout: 10) { $0.contains("EXIT=") }
    XCTAssertTrue(exited.screen.contains("EXIT=0"), "exit status:\n\(exited.screen)")
    XCTAssertEqual(session.paneValue("#{alternate_on}"), "0", "alternate screen left")
    XCTAssertEqual(session.paneValue("#{cursor_flag}"), "1", "cursor visible again")
  }

  func testPauseCountsPostsThatArriveWhilePaused() throws {
    let session = try start("watch --demo --demo-rate 20", width: 100, height: 30)
    XCTAssertTrue(session.waitFor(timeout: 30, showsPosts).ok)
    session.sendKeys("Space")
    let paused = session.waitFor(timeout: 10) { screen in
      guard let range = screen.range(of: #"PAUSED \+[0-9,]+ new"#, options: .regularExpression) else { return false }
      return Int(screen[range].filter(\.isNumber)) ?? 0 > 0
    }
    XCTAssertTrue(paused.ok, "paused with a count of new posts:\n\(paused.screen)")
    // While paused the list stays put although posts keep arriving.
    let frozen = region(paused.screen, title: "Posts", until: "Services")
    let later = session.waitFor(timeout: 10) { screen in
      screen.contains("PAUSED") && screen != paused.screen
    }
    XCTAssertTrue(later.ok)
    XCTAssertEqual(region(later.screen, title: "Posts", until: "Services"), frozen, "paused list does not move")
    session.sendKeys("Space")
    XCTAssertTrue(session.waitFor(timeout: 10) { $0.contains("FOLLOWING") }.ok)
    session.sendKeys("q")
    XCTAssertTrue(session.waitFor(timeout: 10) { $0.contains("EXIT=0") }.ok)
  }

  func testCtrlCRestoresTheTerminalAndExitsWithTheSignalStatus() throws {
    try assertQuitKeyRestoresTheTerminal("C-c", status: 130)
  }

  func testCtrlBackslashQuitsCleanlyLikeCtrlC() throws {
    // SIGQUIT was left to the Swift runtime: it printed a backtrace over the dashboard, which went on running.
    try assertQuitKeyRestoresTheTerminal("C-\\", status: 131)
  }

  /// Types `key` (a tmux key name) into a running dashboard and checks it exits with `status` (128 + the signal
  /// the terminal sends), with nothing printed over the screen and the terminal restored.
  private func assertQuitKeyRestoresTheTerminal(_ key: String, status: Int) throws {
    let session = try start("watch --demo --demo-rate 0", width: 80, height: 24)
    XCTAssertTrue(session.waitFor(timeout: 30) { $0.contains(" Posts ") && $0.contains("FOLLOWING") }.ok)
    session.sendKeys(key)
    let exited = session.waitFor(timeout: 10) { $0.contains("EXIT=") }
    XCTAssertTrue(exited.screen.contains("EXIT=\(status)"), "\(key) exits with \(status):\n\(exited.screen)")
    XCTAssertFalse(exited.screen.contains("Backtrace"), exited.screen)
    XCTAssertEqual(session.paneValue("#{alternate_on}"), "0")
    XCTAssertEqual(session.paneValue("#{cursor_flag}"), "1")
  }

  func testSIGTERMRestoresTheTerminal() throws {
    try assertSignalRestoresTheTerminal(SIGTERM)
  }

  func testACrashSignalSentFromOutsideEndsTheDashboard() throws {
    // The crash handler restored the terminal, the backtracer printed its report and returned, and the dashboard
    // went on drawing on the restored terminal. (The backtracer's prompt, which waits 30 s for a key, is off.)
    try assertSignalRestoresTheTerminal(SIGSEGV, environment: "SWIFT_BACKTRACE=interactive=no")
  }

  func testACrashWhilePostsArePipedInRestoresTheKeyboard() throws {
    // With posts on stdin (`watch -`) the crash handler saved the modes of the pipe, that is none: the terminal was
    // left without echo and line editing. It now saves and restores those of the controlling terminal. Without the
    // backtracer the signal ends the process at once, as a real crash does (no quitting through curses).
    let command =
      "printf '{\"text\":\"bins not collected\"}\\n' | env SWIFT_BACKTRACE=enable=no '\(try binary())' watch -; "
      + "status=$?; printf '\\033[H\\033[2J'; echo EXIT=$status; stty -a | tr ';' '\\n' | tr ' ' '\\n' | grep -x -e echo -e -echo -e icanon -e -icanon; sleep 30"
    let session = try TmuxSession(width: 80, height: 24, command: command)
    addTeardownBlock { session.kill() }
    XCTAssertTrue(session.waitFor(timeout: 30) { $0.contains("bins not collected") }.ok)
    let pids = Self.children(of: session.paneValue("#{pane_pid}")).filter {
      (try? String(contentsOfFile: "/proc/\($0)/comm", encoding: .utf8)) == "civicpulse\n"
    }
    XCTAssertEqual(pids.count, 1, "one civicpulse process under the pane's shell")
    for pid in pids { Foundation.kill(pid, SIGSEGV) }
    let exited = session.waitFor(timeout: 20) { $0.contains("EXIT=") && $0.contains("icanon") }
    XCTAssertTrue(exited.screen.contains("EXIT=\(128 + SIGSEGV)"), exited.screen)
    let modes = exited.screen.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
    XCTAssertTrue(modes.contains("echo") && modes.contains("icanon"), exited.screen)
    XCTAssertFalse(modes.contains("-echo") || modes.contains("-icanon"), exited.screen)
  }

  /// Sends `signal` to a running dashboard and checks it exits with 128 + the signal, out of the alternate screen.
  private func assertSignalRestoresTheTerminal(_ signal: Int32, environment: String = "") throws {
    let session = try start("watch --demo --demo-rate 5", width: 80, height: 24, environment: environment)
    XCTAssertTrue(session.waitFor(timeout: 30, showsAllRegions).ok)
    let shell = session.paneValue("#{pane_pid}")
    let pids = Self.children(of: shell)
    XCTAssertEqual(pids.count, 1, "one civicpulse process under the pane's shell")
    for pid in pids { Foundation.kill(pid, signal) }
    let exited = session.waitFor(timeout: 20) { $0.contains("EXIT=") }
    XCTAssertTrue(exited.screen.contains("EXIT=\(128 + signal)"), "signal \(signal):\n\(exited.screen)")
    XCTAssertEqual(session.paneValue("#{alternate_on}"), "0")
  }

  /// Process ids whose parent is `parent` (from /proc).
  private static func children(of parent: String) -> [pid_t] {
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
    return entries.compactMap { entry -> pid_t? in
      guard let pid = pid_t(entry),
        let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
        let close = stat.range(of: ")", options: .backwards)
      else { return nil }
      let fields = stat[close.upperBound...].split(separator: " ")
      return fields.count > 1 && String(fields[1]) == parent ? pid : nil
    }
  }
}
