import CivicTestSupport
import Foundation
import XCTest

/// polish20: what the user typed (an option's value, a `--state`, `--taxonomy` or `--socket` path, a text to
/// route) and what a file holds reached the terminal raw in the commands' messages: an escape sequence in a name
/// could retitle the window or clear the screen. Every message now shows it as visible symbols.
final class TypedNameMessagesTests: XCTestCase {
  /// Sets the window title, rings the bell and clears the screen when sent raw.
  private let hostile = "\u{1B}]0;pwned\u{07}\u{1B}[2J"
  private let shown = "␛]0;pwned␇␛[2J"

  private func run(_ arguments: [String]) throws -> (Int32, String, String) {
    try CommandRunner.run(try CommandRunner.civicpulse(), arguments, stdin: Data())
  }

  private func assertNothingRaw(_ text: String, _ label: String, file: StaticString = #filePath, line: UInt = #line) {
    let raw = text.unicodeScalars.filter { $0.value < 0x20 && $0 != "\n" && $0 != "\t" }
    XCTAssertTrue(raw.isEmpty, "\(label): \(text.debugDescription)", file: file, line: line)
  }

  func testErrorsOnStandardErrorShowControlCharactersAsSymbols() throws {
    let folder = try makeTemporaryFolder(prefix: "cp-typed")
    let longSocket = folder.path + "/" + String(repeating: "s", count: 110) + hostile + ".sock"
    let cases: [([String], String, Int32)] = [
      // ArgumentParser's own message, for a value it refuses while parsing.
      (["report", "--format", "x" + hostile], "The value 'x\(shown)' is invalid for '--format <format>'", 64),
      // A message of the command's own, written to stderr.
      (["export", "--state", "/nonexistent/s\(hostile).db"], "no triage state file at /nonexistent/s\(shown).db", 1),
      // A command failure (status 1), printed by ArgumentParser before.
      (
        ["watch", "--headless", "--taxonomy", "/nonexistent/t\(hostile).toml", "-"],
        "Error: /nonexistent/t\(shown).toml: cannot read the file", 1
      ),
      // An error from the core (the socket source), as the command's `Error:` line.
      (["watch", "--headless", "--socket", longSocket], "socket path is too long", 64),
    ]
    for (arguments, message, expected) in cases {
      let (status, _, errors) = try run(arguments)
      XCTAssertEqual(status, expected, "\(arguments): \(errors)")
      XCTAssertTrue(errors.contains(message), "\(arguments): \(errors)")
      XCTAssertTrue(errors.contains(shown), "\(arguments): \(errors)")
      assertNothingRaw(errors, "\(arguments)")
    }
  }

  func testATaxonomyFilesNameAndMistakesAndRoutedTextsAreShownWithSymbols() throws {
    let folder = try makeTemporaryFolder(prefix: "cp-typed")
    let good = folder.appendingPathComponent("good\(hostile).toml").path
    try Data("[[service]]\nid = \"bins\"\nname = \"Bins\"\nkeywords = [\"bins\"]\n".utf8).write(
      to: URL(fileURLWithPath: good))
    let (status, output, errors) = try run(["taxonomy", "check", good])
    XCTAssertEqual(status, 0, errors)
    XCTAssertTrue(output.contains("good\(shown).toml: ok: 1 service"), output)
    assertNothingRaw(output, "check")

    // A control character in a value: the mistake names the file.
    let broken = folder.appendingPathComponent("broken\(hostile).toml").path
    try Data("[[service]]\nid = \"bins\u{1B}[2J\"\n".utf8).write(to: URL(fileURLWithPath: broken))
    let (brokenStatus, _, brokenErrors) = try run(["taxonomy", "check", broken])
    XCTAssertEqual(brokenStatus, 1, brokenErrors)
    XCTAssertTrue(brokenErrors.contains("broken\(shown).toml:2:"), brokenErrors)
    assertNothingRaw(brokenErrors, "broken taxonomy")

    let (routeStatus, routed, routeErrors) = try run(["taxonomy", "route", "bins missed again \(hostile)"])
    XCTAssertEqual(routeStatus, 0, routeErrors)
    XCTAssertTrue(routed.contains("\tbins missed again \(shown)"), routed)
    XCTAssertEqual(routed.filter { $0 == "\t" }.count, 1, "one tab, between the summary and the text: \(routed)")
    assertNothingRaw(routed, "route")
  }

  /// TOML's `\u001B` puts an ESC in a service's name or a term: `report`'s text and `taxonomy route`'s summary
  /// printed it raw.
  func testATaxonomysOwnWordsAreShownWithSymbols() throws {
    let folder = try makeTemporaryFolder(prefix: "cp-typed")
    let taxonomy = folder.appendingPathComponent("esc.toml").path
    try Data(
      #"""
      [[service]]
      id = "bins"
      name = "Bins \u001B]0;pwned\u0007"
      keywords = ["bins", "mi\u001Bssed"]

      """#.utf8
    ).write(to: URL(fileURLWithPath: taxonomy))
    let posts = folder.appendingPathComponent("posts.jsonl").path
    try Data(#"{"text":"bins not collected again"}"#.utf8 + [0x0A]).write(to: URL(fileURLWithPath: posts))

    let (status, report, errors) = try run(["report", "--taxonomy", taxonomy, posts])
    XCTAssertEqual(status, 0, errors)
    XCTAssertTrue(report.contains("  Bins ␛]0;pwned␇ (bins): 1 post"), report)
    assertNothingRaw(report, "report")

    let (routeStatus, routed, routeErrors) = try run(["taxonomy", "route", "--taxonomy", taxonomy, "bins mi\u{1B}ssed"])
    XCTAssertEqual(routeStatus, 0, routeErrors)
    XCTAssertTrue(routed.hasPrefix("bins "), routed)
    XCTAssertTrue(routed.contains("[bins, mi␛ssed]"), routed)
    assertNothingRaw(routed, "route")
  }

  /// `export` to a terminal printed a post's text and a note as they are: an escape sequence from a feed ran in
  /// the officer's terminal. There they show as symbols; a pipe still gets the bytes as they are.
  func testExportShowsControlCharactersOnATerminalAndKeepsThemInAPipe() throws {
    let binary = try CommandRunner.civicpulse()
    let state = try makeTemporaryFolder(prefix: "cp-typed").appendingPathComponent("state.db").path
    let (marked, _, markErrors) = try run([
      "triage-mark", "--state", state, "--post", "p1", "--action", "note", "--note", "see \(hostile)",
      "--text", "bins \u{1B}[31mred",
    ])
    XCTAssertEqual(marked, 0, markErrors)

    let (status, piped, errors) = try run(["export", "--state", state])
    XCTAssertEqual(status, 0, errors)
    XCTAssertTrue(piped.contains("see \(hostile),p1,") && piped.contains("bins \u{1B}[31mred"), piped.debugDescription)
    XCTAssertTrue(piped.contains("\r\n"), "CSV rows end in CRLF")

    let session = try TmuxSession(
      width: 200, height: 10, command: "'\(binary.path)' export --state '\(state)'; echo EXPORTED; sleep 60")
    let (screen, ok) = session.waitFor(timeout: 10) { $0.contains("EXPORTED") }
    XCTAssertTrue(ok, screen)
    XCTAssertTrue(screen.contains("see \(shown),p1,cli,,bins ␛[31mred,text,"), screen)
    XCTAssertTrue(screen.contains("time_utc,officer,action"), "nothing cleared the screen: \(screen)")
  }
}
