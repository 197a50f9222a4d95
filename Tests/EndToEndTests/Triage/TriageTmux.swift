import Foundation
import XCTest

/// A private tmux server (its own socket) for the triage end-to-end tests: starts dashboards in detached
/// sessions of a fixed size, types keys, reads the screens back, and kills the server at the end.
final class TriageTmux {
  let socket = "civicpulse-triage-\(getpid())-\(UInt32.random(in: 0..<UInt32.max))"
  private let tmux: String

  init() throws {
    guard let found = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"].first(where: {
      FileManager.default.isExecutableFile(atPath: $0)
    })
    else { throw XCTSkip("tmux is not installed") }
    tmux = found
  }

  /// Runs a tmux command on this server; returns its standard output.
  @discardableResult
  func run(_ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: tmux)
    process.arguments = ["-L", socket, "-f", "/dev/null"] + arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }

  /// Starts `command` (an argument list, run without a shell) in a new detached session of `width` x `height`.
  func start(session: String, width: Int, height: Int, environment: [String: String], command: [String]) throws {
    let env = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
    try run(
      ["new-session", "-d", "-s", session, "-x", "\(width)", "-y", "\(height)", "/usr/bin/env"] + env + command)
  }

  func send(_ session: String, keys: [String]) throws {
    try run(["send-keys", "-t", session] + keys)
  }

  /// The session's screen as lines.
  func screen(_ session: String) throws -> [String] {
    try run(["capture-pane", "-p", "-t", session]).components(separatedBy: "\n")
  }

  /// Polls the screen every 50 ms until `condition` holds or `timeout` seconds pass; returns the last screen and
  /// whether it held.
  func wait(_ session: String, timeout: TimeInterval, until condition: ([String]) -> Bool) throws -> (
    screen: [String], ok: Bool
  ) {
    let deadline = Date().addingTimeInterval(timeout)
    var lines = try screen(session)
    while !condition(lines) {
      if Date() > deadline { return (lines, false) }
      usleep(50_000)
      lines = try screen(session)
    }
    return (lines, true)
  }

  func killServer() {
    _ = try? run(["kill-server"])
  }
}
