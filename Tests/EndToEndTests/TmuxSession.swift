import Foundation
import XCTest

/// A private tmux server running one command in a detached session of a given size, for end-to-end tests of
/// the dashboard: capture the screen, send keys, resize, read pane flags. Each session has its own socket;
/// `kill()` (also run at teardown) stops the server.
final class TmuxSession {
  let socket: String
  private let tmux: String

  /// Starts `command` (a shell command line) in a `width` x `height` session. Skips the test without tmux.
  init(width: Int, height: Int, command: String) throws {
    guard let path = Self.find("tmux") else { throw XCTSkip("tmux is not installed: the end-to-end tests need it") }
    tmux = path
    socket = "cp-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
    // The server this starts keeps any pipe it inherits open, so it gets no pipes.
    let status = run(["new-session", "-d", "-x", "\(width)", "-y", "\(height)", command], capture: false).0
    guard status == 0 else { throw TmuxError(message: "tmux new-session failed with status \(status)") }
  }

  deinit { kill() }

  /// The visible screen as text, one line per row.
  func capture() -> String { run(["capture-pane", "-p"]).1 }

  /// A tmux format for the pane, e.g. `#{alternate_on}`.
  func paneValue(_ format: String) -> String {
    run(["display-message", "-p", format]).1.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  func sendKeys(_ keys: String...) { _ = run(["send-keys"] + keys) }

  func resize(width: Int, height: Int) { _ = run(["resize-window", "-x", "\(width)", "-y", "\(height)"]) }

  /// Captures every 100 ms until `condition` holds or `timeout` seconds pass; returns the last capture and
  /// whether the condition held.
  @discardableResult
  func waitFor(timeout: Double, _ condition: (String) -> Bool) -> (screen: String, ok: Bool) {
    let deadline = Date().addingTimeInterval(timeout)
    var screen = capture()
    while !condition(screen) {
      if Date() > deadline { return (screen, false) }
      Thread.sleep(forTimeInterval: 0.1)
      screen = capture()
    }
    return (screen, true)
  }

  func kill() { _ = run(["kill-server"], capture: false) }

  @discardableResult
  private func run(_ arguments: [String], capture: Bool = true) -> (Int32, String, String) {
    guard capture else { return (spawnAndWait(["tmux", "-u", "-L", socket] + arguments), "", "") }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: tmux)
    process.arguments = ["-u", "-L", socket] + arguments
    process.standardInput = FileHandle.nullDevice
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    do { try process.run() } catch { return (-1, "", "\(error)") }
    let output = out.fileHandleForReading.readDataToEndOfFile()
    let errors = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: output, as: UTF8.self), String(decoding: errors, as: UTF8.self))
  }

  /// Runs tmux with stdio on /dev/null and waits for it. Not `Process`: it notices the end of a child through a
  /// descriptor the child inherits, and the tmux server that `new-session` forks keeps that open for its life.
  private func spawnAndWait(_ argv: [String]) -> Int32 {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    for fd: Int32 in [0, 1, 2] { posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", O_RDWR, 0) }
    var cArgs = argv.map { strdup($0) }
    cArgs.append(nil)
    defer { for arg in cArgs { free(arg) } }
    var pid: pid_t = 0
    guard posix_spawn(&pid, tmux, &actions, nil, cArgs, environ) == 0 else { return -1 }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0, errno == EINTR {}
    return (status & 0x7F) == 0 ? (status >> 8) & 0xFF : -1
  }

  private static func find(_ name: String) -> String? {
    let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
    return paths.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  struct TmuxError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
  }
}
