import Foundation
import XCTest

/// A long-running program started for a test (`civicpulse watch --headless`, or a shell that runs it), its stdout
/// collected line by line as it comes; it is terminated when the test ends if still running.
enum HeadlessProcess {
  static func start(_ test: XCTestCase, _ executable: URL, _ arguments: [String]) throws -> (Process, Pipe, LineBuffer)
  {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    let out = Pipe()
    process.standardOutput = out
    process.standardError = FileHandle.nullDevice
    let lines = LineBuffer()
    out.fileHandleForReading.readabilityHandler = { lines.append($0.availableData) }
    try process.run()
    test.addTeardownBlock { if process.isRunning { process.terminate() } }
    return (process, out, lines)
  }
}
