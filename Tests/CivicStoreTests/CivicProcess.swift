import Foundation

/// A `civicpulse` child process whose output goes to a file the test polls (no pipes to fill up).
final class CivicProcess {
  let process = Process()
  let outputPath: String

  /// Starts `binary arguments`; with `asUser` (root only) through `setpriv` as that uid/gid.
  init(binary: String, arguments: [String], outputPath: String, asUser: UInt32? = nil) throws {
    self.outputPath = outputPath
    _ = FileManager.default.createFile(atPath: outputPath, contents: nil)
    let output = try FileHandle(forWritingTo: URL(fileURLWithPath: outputPath))
    if let uid = asUser {
      process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
      process.arguments = ["--reuid=\(uid)", "--regid=\(uid)", "--clear-groups", binary] + arguments
    } else {
      process.executableURL = URL(fileURLWithPath: binary)
      process.arguments = arguments
    }
    var environment = ProcessInfo.processInfo.environment
    environment["USER"] = "officer-test"
    process.environment = environment
    process.standardOutput = output
    process.standardError = output
    try process.run()
    try output.close()
  }

  var output: String {
    (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
  }

  /// Waits for the process to end (up to `timeout` seconds; kills it and returns nil when it does not).
  func waitForExit(timeout: TimeInterval) -> Int32? {
    let ended = StoreTestSupport.wait(timeout: timeout) { !process.isRunning }
    guard ended else {
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      return nil
    }
    process.waitUntilExit()
    return process.terminationStatus
  }
}
