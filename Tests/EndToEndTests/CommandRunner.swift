import Foundation
import XCTest

/// Runs built programs for the end-to-end tests: the `civicpulse` binary (`swift build` first) or any other.
enum CommandRunner {
  /// The package root.
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The debug `civicpulse` binary; skips the test when it has not been built.
  static func civicpulse() throws -> URL {
    let url = root.appendingPathComponent(".build/debug/civicpulse")
    guard FileManager.default.isExecutableFile(atPath: url.path) else {
      throw XCTSkip("build civicpulse first (swift build): \(url.path) is missing")
    }
    return url
  }

  /// Runs a program to completion with `stdin`; returns (status, stdout, stderr).
  static func run(_ executable: URL, _ arguments: [String], stdin: Data? = nil) throws -> (Int32, String, String) {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    let out = Pipe()
    let err = Pipe()
    let input = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(stdin) }
    try input.fileHandleForWriting.close()
    let output = out.fileHandleForReading.readDataToEndOfFile()
    let errors = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: output, as: UTF8.self), String(decoding: errors, as: UTF8.self))
  }
}
