import CivicTestSupport
import Foundation
import XCTest

/// Standard output that cannot be written: a full disk (`> /dev/full`) is an error that says so, with a non-zero
/// status, never a success that wrote nothing or a crash; a reader that went away (`| head -1`) ends the command
/// quietly, also when whoever started it ignores SIGPIPE, and `watch --headless` still removes its socket file.
final class OutputFailureTests: XCTestCase {
  /// Runs a bash script with the binary as `$0` and `arguments` as `$1`...; `timeout` bounds every command in it.
  private func bash(_ script: String, _ arguments: [String]) throws -> (Int32, String, String) {
    let binary = try CommandRunner.civicpulse().path
    return try CommandRunner.run(URL(fileURLWithPath: "/bin/bash"), ["-c", script, binary] + arguments)
  }

  private func feed(posts: Int) throws -> String {
    let url = try makeTemporaryFolder(prefix: "cp-e2e").appendingPathComponent("feed.jsonl")
    let lines = (1...posts).map { #"{"id":"\#($0)","text":"bins missed again on Mill Lane, post \#($0)"}"# }
    try (lines.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
    return url.path
  }

  func testAFullDiskIsAnErrorForEveryCommandThatPrints() throws {
    let feed = try feed(posts: 3)
    let state = try makeTemporaryFolder(prefix: "cp-e2e").appendingPathComponent("state.db").path
    _ = try CommandRunner.run(
      try CommandRunner.civicpulse(), ["triage-mark", "--state", state, "--post", "p1", "--text", "bins"])
    let commands = [
      ["report", feed], ["report", "--format", "json", feed], ["classify", feed], ["export", "--state", state],
      ["taxonomy", "show"],
    ]
    for command in commands {
      let (status, _, errors) = try bash(#"timeout 20 "$0" "$@" > /dev/full"#, command)
      XCTAssertEqual(status, 1, "\(command): \(errors)")
      XCTAssertTrue(errors.hasPrefix("Error: cannot write to standard output"), "\(command): \(errors)")
      XCTAssertFalse(errors.contains("Fatal error"), "\(command): \(errors)")
    }
    let (status, _, errors) = try bash(#"timeout 20 "$0" report "$1" > /dev/full"#, [feed])
    XCTAssertEqual(status, 1)
    XCTAssertTrue(errors.contains("No space left on device"), errors)
  }

  /// With SIGPIPE ignored (as a service manager or some script runners start commands) the write to a closed
  /// pipe fails instead of ending the process: `classify` went on reading the whole input and said it succeeded,
  /// `export` crashed in Foundation.
  func testAClosedPipeEndsTheCommandQuietlyWhenSIGPIPEIsIgnored() throws {
    let feed = try feed(posts: 60_000)
    let state = try makeTemporaryFolder(prefix: "cp-e2e").appendingPathComponent("state.db").path
    _ = try CommandRunner.run(
      try CommandRunner.civicpulse(), ["triage-mark", "--state", state, "--post", "p", "--count", "3000"])
    for command in [["classify", feed], ["export", "--state", state]] {
      let (status, output, errors) = try bash(
        #"trap '' PIPE; timeout 60 "$0" "$@" | true; echo "${PIPESTATUS[0]}""#, command)
      XCTAssertEqual(status, 0, errors)
      XCTAssertEqual(output, "141\n", "\(command): exits as a SIGPIPE would")
      XCTAssertEqual(errors, "", "\(command): nothing said")
    }
  }

  /// `watch --headless | head -1` ends at the next report line, as a signal ends it: the socket file is removed.
  /// It used to die of SIGPIPE and leave the file behind (or, with SIGPIPE ignored, run on writing to nobody).
  func testHeadlessEndsWhenItsReaderGoesAwayAndRemovesItsSocket() throws {
    let socket = try makeTemporaryFolder(prefix: "cp-e2e").appendingPathComponent("cp.sock").path
    for ignore in ["", "trap '' PIPE; "] {
      let (status, output, errors) = try bash(
        ignore + #"timeout 20 "$0" watch --headless --stats-every 0.1 --socket "$1" | head -1; "#
          + #"echo "${PIPESTATUS[0]}""#, [socket])
      XCTAssertEqual(status, 0, errors)
      let lines = output.split(separator: "\n")
      XCTAssertEqual(lines.count, 2, output)
      XCTAssertTrue(lines.first?.hasPrefix(#"{"posts":0,"#) == true, output)
      XCTAssertEqual(lines.last, "141", "\(ignore): ends as a SIGPIPE would, not by timeout (124)")
      XCTAssertEqual(errors, "", ignore)
      XCTAssertFalse(FileManager.default.fileExists(atPath: socket), "\(ignore): socket file removed")
    }
  }
}
