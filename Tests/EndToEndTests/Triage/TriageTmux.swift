import Foundation
import XCTest

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A private tmux server (its own socket) for the triage end-to-end tests: starts dashboards in detached
/// sessions of a fixed size, types keys, reads the screens back, and kills the server at the end.
final class TriageTmux {
  let socket = "civicpulse-triage-\(getpid())-\(UInt32.random(in: 0..<UInt32.max))"
  private let tmux: String

  init() throws {
    guard
      let found = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"].first(where: {
        FileManager.default.isExecutableFile(atPath: $0)
      })
    else { throw XCTSkip("tmux is not installed") }
    tmux = found
  }

  /// Runs a tmux command on this server; returns its standard output (through a file). It is spawned directly
  /// and reaped with `waitpid`: Foundation's `Process` notices an exit through a descriptor the child inherits,
  /// which the server `new-session` forks keeps open, so waiting for the client would never end.
  @discardableResult
  func run(_ arguments: [String]) throws -> String {
    let outputPath = NSTemporaryDirectory() + "\(socket)-\(UUID().uuidString).out"
    defer { unlink(outputPath) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = ([tmux, "-L", socket, "-f", "/dev/null"] + arguments).map { strdup($0) }
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, tmux, &actions, nil, argv + [nil], environ)
    guard spawned == 0 else { throw TmuxError(message: "cannot start tmux: error \(spawned)") }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0, errno == EINTR {}
    return (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
  }

  struct TmuxError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
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
