import CivicTestSupport
import Foundation
import XCTest

/// The real binary in tmux (`swift build` first): each supported TERM starts, shows the dashboard and quits with
/// `q`; `dumb` and an unset TERM are refused without touching the terminal; `--wall` shows its alert banner at
/// 200x60 and 80x24; NO_COLOR output has no colour; escape sequences in a post stay inert; every theme renders.
final class TerminalEndToEndTests: XCTestCase {
  private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  private func binary() throws -> String {
    let path = Self.root.appendingPathComponent(".build/debug/civicpulse").path
    guard FileManager.default.isExecutableFile(atPath: path) else {
      throw XCTSkip("build civicpulse first (swift build): \(path) is missing")
    }
    return path
  }

  // MARK: - TERM values

  func testEachSupportedTermStartsShowsTheDashboardAndQuits() throws {
    let binary = try binary()
    for term in ["xterm-256color", "screen", "screen-256color", "tmux-256color", "linux", "vt100"] {
      let pane = try TmuxPane(
        width: 100, height: 30, environment: ["TERM": term], command: [binary, "watch", "--demo"])
      defer { pane.close() }
      let screen = try pane.waitFor("the dashboard with TERM=\(term)") {
        $0.contains("CivicPulse") && $0.contains("Services") && $0.contains("Trending") && $0.contains("Posts")
      }
      if term == "vt100" || term == "linux" {
        // Terminals with a limited font: ASCII sparklines and markers (borders may use line drawing).
        XCTAssertFalse(screen.contains("▁") || screen.contains("▅") || screen.contains("●"), "TERM=\(term)\n\(screen)")
      }
      pane.send("q")
      XCTAssertEqual(try pane.waitForExit(), 0, "exit status with TERM=\(term)")
    }
  }

  func testQuittingLeavesAClearScreenWithAndWithoutAnAlternateScreen() throws {
    let binary = try binary()
    // vt100 and linux have no alternate screen: the last frame stays unless the program clears it.
    for term in ["vt100", "linux", "xterm-256color"] {
      let pane = try TmuxPane(
        width: 100, height: 30, environment: ["TERM": term], command: [binary, "watch", "--demo"])
      defer { pane.close() }
      _ = try pane.waitFor("the dashboard with TERM=\(term)") {
        $0.contains("CivicPulse") && $0.contains("Services") && $0.contains("Posts")
      }
      pane.send("q")
      XCTAssertEqual(try pane.waitForExit(), 0, "exit status with TERM=\(term)")
      let after = try pane.capture()
      for word in ["CivicPulse", "Services", "Trending", "Posts", "FOLLOWING", "quit"] {
        XCTAssertFalse(after.contains(word), "TERM=\(term): '\(word)' left on the screen after quitting:\n\(after)")
      }
    }
  }

  func testDumbAndUnsetTermAreRefusedWithoutTouchingTheTerminal() throws {
    let binary = try binary()
    for term in ["dumb", nil] as [String?] {
      let pane = try TmuxPane(
        width: 100, height: 30, environment: term.map { ["TERM": $0] } ?? [:], unset: term == nil ? ["TERM"] : [],
        command: [binary, "watch", "--demo"], captureOutput: true)
      defer { pane.close() }
      let status = try pane.waitForExit()
      XCTAssertEqual(status, 1, "TERM=\(term ?? "unset") must fail")
      let output = try pane.output()
      XCTAssertFalse(output.contains("USAGE:"), "a refusal, not a usage error: \(output)")
      XCTAssertTrue(output.contains("civicpulse report"), output)
      XCTAssertTrue(output.contains("watch --headless"), output)
      XCTAssertFalse(output.contains("\u{1B}"), "no escape sequence in the message: \(output.debugDescription)")
      // Nothing was drawn on the terminal itself (no alternate screen, no clearing, no text).
      let screen = try pane.capture()
      XCTAssertEqual(screen.trimmingCharacters(in: .whitespacesAndNewlines), "", screen)
    }
  }

  func testATermWithoutATerminfoEntryIsDrawnAsXtermAndSaysSo() throws {
    let binary = try binary()
    // A newer emulator's own type (xterm-kitty, alacritty) over SSH to a server that lacks its terminfo entry:
    // the dashboard refused to start ("run civicpulse in a terminal emulator", from inside one).
    let pane = try TmuxPane(
      width: 80, height: 24, environment: ["TERM": "civicpulse-no-such-term"],
      command: [binary, "watch", "--demo", "--demo-rate", "1"])
    defer { pane.close() }
    let screen = try pane.waitFor("the dashboard drawn as xterm-256color") {
      $0.contains("Services") && $0.contains("Trending")
    }
    let status = screen.components(separatedBy: "\n").last { !$0.isEmpty } ?? ""
    XCTAssertTrue(status.contains("no terminfo for TERM=civicpulse-no-such-term"), status)
    XCTAssertTrue(status.contains("drawn as xterm-256color"), status)
    pane.send("q")
    XCTAssertEqual(try pane.waitForExit(), 0)
  }

  func testAsciiLocaleDrawsOnlyAscii() throws {
    let binary = try binary()
    let pane = try TmuxPane(
      width: 100, height: 30, environment: ["TERM": "xterm-256color", "LC_ALL": "C", "LANG": "C"],
      command: [binary, "watch", "--demo"])
    defer { pane.close() }
    let screen = try pane.waitFor("the dashboard in the C locale") {
      $0.contains("Services") && $0.contains("Trending") && $0.contains("@")
    }
    XCTAssertTrue(screen.unicodeScalars.allSatisfy(\.isASCII), screen)
    XCTAssertTrue(screen.contains("+-") || screen.contains("-+") || screen.contains("|"), screen)
    pane.send("q")
    XCTAssertEqual(try pane.waitForExit(), 0)
  }

  func testAUTF8LocaleThisMachineLacksStillDrawsLegibly() throws {
    let binary = try binary()
    // Over SSH the client's LANG arrives whether or not the server has that locale. Without it the C locale was
    // in effect: the screen sent "?" for every border, sparkline and marker, which were still chosen as Unicode.
    // Now the characters come from C.UTF-8, or where that is missing too, the dashboard draws in ASCII.
    let pane = try TmuxPane(
      width: 80, height: 24, environment: ["TERM": "xterm-256color", "LANG": "xx_XX.UTF-8"], unset: ["LC_ALL"],
      command: [binary, "watch", "--demo", "--demo-rate", "0", "--demo-inject", "café 路"])
    defer { pane.close() }
    let screen = try pane.waitFor("the dashboard in a missing UTF-8 locale") {
      $0.contains("Services") && $0.contains("Trending") && $0.contains("@tester")
    }
    let lines = screen.components(separatedBy: "\n")
    let titles = lines.filter { $0.contains(" Posts ") || $0.contains(" Services ") }
    XCTAssertEqual(titles.count, 2, screen)
    for line in titles { XCTAssertFalse(line.contains("?"), "no border lost to '?':\n\(screen)") }
    XCTAssertTrue(screen.contains("café 路") || screen.unicodeScalars.allSatisfy(\.isASCII), screen)
    pane.send("q")
    XCTAssertEqual(try pane.waitForExit(), 0)
  }

  func testAFlagAndAWideCharacterFillTheirCellsInTheDetailView() throws {
    let binary = try binary()
    // The detail view hands the screen the post's text as written: a flag (two letters) and, in the C locale, a
    // wide character (`??`) were drawn into one cell each, showing "G " and "? ".
    for (locale, expected) in [("C.UTF-8", "flag GB and 路 end"), ("C", "flag GB and ?? end")] {
      let pane = try TmuxPane(
        width: 80, height: 24, environment: ["TERM": "xterm-256color", "LANG": locale, "LC_ALL": locale],
        command: [binary, "watch", "--demo", "--demo-rate", "0", "--demo-inject", "flag 🇬🇧 and 路 end"])
      defer { pane.close() }
      _ = try pane.waitFor("the injected post in \(locale)") { $0.contains("flag GB and") }
      pane.send("\r")
      let screen = try pane.waitFor("the detail view in \(locale)") { $0.contains("Complaint:") }
      XCTAssertTrue(screen.contains(expected), "\(locale):\n\(screen)")
      pane.send("q")
      pane.send("q")
      XCTAssertEqual(try pane.waitForExit(), 0)
    }
  }

  // MARK: - Wall display

  func testWallShowsTheAlertBannerAt200x60And80x24() throws {
    let binary = try binary()
    for (width, height) in [(200, 60), (80, 24)] {
      let pane = try TmuxPane(
        width: width, height: height, environment: ["TERM": "xterm-256color"],
        command: [binary, "watch", "--demo", "--wall", "--demo-incident-now", "--demo-rate", "10"])
      defer { pane.close() }
      let screen = try pane.waitFor("the wall with an alert banner at \(width)x\(height)", timeout: 240) {
        $0.contains("ALERT ") && $0.contains("complaints vs") && $0.contains("COMPLAINTS, LAST HOUR")
          && $0.contains("Services") && $0.contains("newest complaints")
      }
      let lines = screen.components(separatedBy: "\n")
      XCTAssertTrue(lines.prefix(4).contains { $0.contains("ALERT ") }, "banner at the top:\n\(screen)")
      XCTAssertTrue(screen.contains("███"), "big digits:\n\(screen)")
      XCTAssertEqual(try pane.cursorHidden(), true, "cursor hidden")
      pane.send("q")
      XCTAssertEqual(try pane.waitForExit(), 0)
    }
  }

  func testTheWallPaintsOverTextOthersWroteOnItsTerminal() throws {
    let binary = try binary()
    // A `wall` broadcast or a console message written over the wall display stayed there: the screen sends only
    // the cells that change, and nobody is at the keyboard to press Ctrl-L. The wall repaints once a minute.
    let pane = try TmuxPane(
      width: 80, height: 24, environment: ["TERM": "xterm-256color"],
      command: [binary, "watch", "--demo", "--wall", "--demo-rate", "0"])
    defer { pane.close() }
    _ = try pane.waitFor("the wall") { $0.contains("COMPLAINTS, LAST HOUR") }
    let tty = try XCTUnwrap(FileHandle(forWritingAtPath: try pane.tty()))
    tty.write(Data("\u{1B}[6;20HBROADCAST FROM root: going down".utf8))
    try tty.close()
    _ = try pane.waitFor("the broadcast on the screen") { $0.contains("BROADCAST FROM root") }
    let repainted = try pane.waitFor("the wall repainted", timeout: 75) {
      !$0.contains("BROADCAST") && $0.contains("COMPLAINTS, LAST HOUR")
    }
    XCTAssertTrue(repainted.contains("Waiting for posts"), repainted)
    pane.send("q")
    XCTAssertEqual(try pane.waitForExit(), 0)
  }

  // MARK: - Colour and safety

  func testNoColorOutputCarriesNoColour() throws {
    let binary = try binary()
    let coloured = try colourCodes(binary: binary, environment: ["TERM": "xterm-256color"])
    XCTAssertFalse(coloured.isEmpty, "without NO_COLOR the dashboard is coloured (the check can fail)")
    let plain = try colourCodes(binary: binary, environment: ["TERM": "xterm-256color", "NO_COLOR": "1"])
    XCTAssertEqual(plain, [], "NO_COLOR: colour SGR codes seen")
    let flag = try colourCodes(binary: binary, environment: ["TERM": "xterm-256color"], arguments: ["--no-color"])
    XCTAssertEqual(flag, [], "--no-color: colour SGR codes seen")
  }

  /// The colour SGR parameters (foreground/background, not attributes or defaults) in a capture of the screen.
  private func colourCodes(binary: String, environment: [String: String], arguments: [String] = []) throws
    -> Set<String>
  {
    let pane = try TmuxPane(
      width: 120, height: 40, environment: environment,
      // The test runner's own NO_COLOR (if any) must not leak into the coloured run.
      unset: environment["NO_COLOR"] == nil ? ["NO_COLOR"] : [], command: [binary, "watch", "--demo"] + arguments)
    defer { pane.close() }
    _ = try pane.waitFor("the dashboard") { $0.contains("Services") && $0.contains("Trending") }
    let escaped = try pane.capture(escapes: true)
    XCTAssertTrue(escaped.contains("Services"), escaped)
    pane.send("q")
    XCTAssertEqual(try pane.waitForExit(), 0)
    return Self.colourParameters(in: escaped)
  }

  static func colourParameters(in text: String) -> Set<String> {
    var found = Set<String>()
    let pattern = try? NSRegularExpression(pattern: "\u{1B}\\[([0-9;:]*)m")
    let range = NSRange(text.startIndex..., in: text)
    for match in pattern?.matches(in: text, range: range) ?? [] {
      guard let r = Range(match.range(at: 1), in: text) else { continue }
      var parameters = text[r].split(separator: ";").map(String.init)
      while !parameters.isEmpty {
        let p = parameters.removeFirst()
        guard let n = Int(p.split(separator: ":").first ?? "") else { continue }
        switch n {
        case 30...37, 40...47, 90...97, 100...107: found.insert(p)
        case 38, 48:
          found.insert(p)
          // Skip the colour's own parameters (5;N or 2;R;G;B).
          if let kind = parameters.first {
            parameters.removeFirst(kind == "5" ? min(2, parameters.count) : min(4, parameters.count))
          }
        default: break
        }
      }
    }
    return found
  }

  func testEscapeSequencesInAPostStayInert() throws {
    let binary = try binary()
    let hostile = "pwn \u{1B}]0;pwned\u{07} then \u{1B}[2J clear \u{1B}[31mred"
    let pane = try TmuxPane(
      width: 120, height: 40, environment: ["TERM": "xterm-256color"],
      command: [binary, "watch", "--demo", "--demo-rate", "0", "--demo-inject", hostile])
    defer { pane.close() }
    let before = try pane.title()
    let screen = try pane.waitFor("the injected post") { $0.contains("pwn ") }
    XCTAssertTrue(screen.contains("pwn ␛]0;pwned␇ then ␛[2J clear ␛[31mred"), screen)
    // Not cleared: the header and the panes are still there after the post was drawn.
    XCTAssertTrue(screen.contains("CivicPulse") && screen.contains("Services"), screen)
    let title = try pane.title()
    XCTAssertFalse(title.contains("pwned"), "pane title changed to \(title)")
    XCTAssertEqual(title, before)
    pane.send("q")
    XCTAssertEqual(try pane.waitForExit(), 0)
  }

  // MARK: - Themes

  func testThemeFileMistakesShowInTheStatusBarAtStartAndAfterQuitting() throws {
    let binary = try binary()
    let file = try makeTemporaryFolder(prefix: "cp-theme").appendingPathComponent("broken.theme")
    try Data("text = white\nalert = purpel\n".utf8).write(to: file)
    let pane = try TmuxPane(
      width: 200, height: 40, environment: ["TERM": "xterm-256color"],
      command: [binary, "watch", "--demo", "--theme", file.path], captureOutput: true)
    defer { pane.close() }
    let screen = try pane.waitFor("the theme mistake in the status bar") {
      $0.contains("Services") && $0.contains("broken.theme:2: key 'alert'")
    }
    let status = screen.components(separatedBy: "\n").last { !$0.isEmpty } ?? ""
    XCTAssertTrue(status.contains("unknown colour 'purpel'"), "status bar: \(status)\n\(screen)")
    pane.send("q")
    XCTAssertEqual(try pane.waitForExit(), 0)
    let printed = try pane.output()
    XCTAssertTrue(printed.contains("broken.theme:2: key 'alert'"), printed)
  }

  func testEveryThemeRendersWithoutError() throws {
    let binary = try binary()
    let folder = Self.root.appendingPathComponent("themes")
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter {
      $0.hasSuffix(".theme")
    }.map { String($0.dropLast(".theme".count)) }.sorted()
    guard !names.isEmpty else { throw XCTSkip("no themes/ folder") }
    for name in names {
      let pane = try TmuxPane(
        width: 120, height: 40, environment: ["TERM": "xterm-256color"],
        command: [binary, "watch", "--demo", "--theme", name], captureOutput: true)
      defer { pane.close() }
      _ = try pane.waitFor("the dashboard with theme \(name)") { $0.contains("Services") && $0.contains("Trending") }
      pane.send("q")
      XCTAssertEqual(try pane.waitForExit(), 0, "theme \(name)")
      let after = try pane.output()
      XCTAssertFalse(after.lowercased().contains("error"), "theme \(name): \(after)")
    }
  }
}

/// One program in a detached tmux session on its own server socket; `close()` kills the server.
private final class TmuxPane {
  let socket: String
  let directory: URL

  /// Starts `command` in a `width` x `height` pane with `environment` set and `unset` removed. The exit status
  /// goes to a file; with `captureOutput` the program's standard error goes to a file (stdin and stdout stay the
  /// pane's terminal).
  init(
    width: Int, height: Int, environment: [String: String], unset: [String] = [], command: [String],
    captureOutput: Bool = false
  ) throws {
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") else { throw XCTSkip("tmux is not installed") }
    socket = "cpwall-\(getpid())-\(UUID().uuidString.prefix(8))"
    directory = try TemporaryFolder.create(prefix: socket)
    var env = ["LANG": "C.UTF-8"]
    env.merge(environment) { $1 }
    let assignments = env.sorted { $0.key < $1.key }.map { "\($0.key)=\(Self.quote($0.value))" }.joined(separator: " ")
    let unsets = unset.map { "-u \($0)" }.joined(separator: " ")
    let program = command.map(Self.quote).joined(separator: " ")
    let redirect = captureOutput ? " 2>\(Self.quote(outputPath))" : ""
    let script =
      "env \(unsets) \(assignments) \(program)\(redirect); echo $? > \(Self.quote(statusPath)); sleep 600"
    // The server this starts keeps running: it must not hold a pipe of ours open.
    try Self.tmux(
      socket, ["-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y", "\(height)", script], readOutput: false)
  }

  var statusPath: String { directory.appendingPathComponent("status").path }
  var outputPath: String { directory.appendingPathComponent("output").path }

  func close() {
    _ = try? Self.tmux(socket, ["kill-server"])
    TemporaryFolder.remove(directory)
  }

  func send(_ keys: String) { _ = try? Self.tmux(socket, ["send-keys", "-t", "0", "-l", keys]) }

  func capture(escapes: Bool = false) throws -> String {
    try Self.tmux(socket, ["capture-pane", "-p", "-t", "0"] + (escapes ? ["-e"] : []))
  }

  func title() throws -> String {
    try Self.tmux(socket, ["display-message", "-p", "-t", "0", "#{pane_title}"]).trimmingCharacters(in: .newlines)
  }

  /// The pane's terminal device (`/dev/pts/N`).
  func tty() throws -> String {
    try Self.tmux(socket, ["display-message", "-p", "-t", "0", "#{pane_tty}"]).trimmingCharacters(in: .newlines)
  }

  func cursorHidden() throws -> Bool {
    try Self.tmux(socket, ["display-message", "-p", "-t", "0", "#{cursor_flag}"]).hasPrefix("0")
  }

  func output() throws -> String {
    String(decoding: (try? Data(contentsOf: URL(fileURLWithPath: outputPath))) ?? Data(), as: UTF8.self)
  }

  /// Polls the screen until `condition` holds; fails with the last screen after `timeout` seconds.
  @discardableResult
  func waitFor(_ what: String, timeout: TimeInterval = 20, _ condition: (String) -> Bool) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    var last = ""
    while Date() < deadline {
      last = (try? capture()) ?? ""
      if condition(last) { return last }
      usleep(100_000)
    }
    XCTFail("timed out waiting for \(what); screen:\n\(last)")
    throw XCTSkip("gave up")
  }

  /// Polls for the program's exit status (written by the wrapper shell).
  func waitForExit(timeout: TimeInterval = 15) throws -> Int32 {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      if let text = try? String(contentsOfFile: statusPath, encoding: .utf8),
        let status = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
      {
        return status
      }
      usleep(50_000)
    }
    let screen = (try? capture()) ?? ""
    XCTFail("the program did not exit; screen:\n\(screen)")
    return -1
  }

  static func quote(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }

  /// Runs tmux on the socket through `/bin/sh` with `posix_spawn` and `waitpid` (Foundation's `Process` waits
  /// forever for a tmux client whose forked server lives on); returns what it printed.
  @discardableResult
  static func tmux(_ socket: String, _ arguments: [String], readOutput: Bool = true) throws -> String {
    let outputFile = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket)-\(UUID().uuidString).out")
    defer { try? FileManager.default.removeItem(at: outputFile) }
    let target = readOutput ? quote(outputFile.path) : "/dev/null"
    let command =
      (["/usr/bin/tmux", "-L", socket] + arguments).map(quote).joined(separator: " ")
      + " </dev/null >\(target) 2>/dev/null"
    var pid: pid_t = 0
    let words: [String] = ["/bin/sh", "-c", command]
    var argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    guard posix_spawn(&pid, "/bin/sh", nil, nil, &argv, environ) == 0 else {
      throw XCTSkip("cannot start /bin/sh")
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0, errno == EINTR {}
    guard readOutput else { return "" }
    return String(decoding: (try? Data(contentsOf: outputFile)) ?? Data(), as: UTF8.self)
  }

}
