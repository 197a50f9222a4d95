import CivicCore
import CivicStore
import CivicTestSupport
import Foundation
import XCTest

/// Posts, clocks, state stores and the built `civicpulse` binary for the store tests.
enum StoreTestSupport {
  static func post(_ id: String, text: String? = nil, service: String = "waste") -> Post {
    Post(
      id: id, platform: .mastodon, authorHandle: "resident", eventTime: 1_795_737_600_000,
      arrivalTime: 1_795_737_600_500, text: text ?? "bins not collected \(id)", url: "https://example.org/\(id)",
      services: [service], complaint: true, complaintScore: 0.8)
  }

  /// A clock that moves one second per call from 2026-11-27T00:00:00Z.
  static func steppingClock() -> @Sendable () -> EpochMillis {
    let counter = Counter()
    return { 1_795_737_600_000 + counter.next() * 1_000 }
  }

  static func open(_ path: String, officer: String = "ana", busyTimeout: TimeInterval = 5) throws -> TriageStore {
    try TriageStore.openReadWrite(
      path: path, options: StoreOptions(busyTimeout: busyTimeout, officer: officer, clock: steppingClock()))
  }

  /// Root of the package (this file is Tests/CivicStoreTests/StoreTestSupport.swift).
  static var packageRoot: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
  }

  /// The `civicpulse` binary built beside the tests.
  static func binary() throws -> String {
    let candidates = [
      Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("civicpulse").path,
      Bundle.main.bundleURL.appendingPathComponent("civicpulse").path,
      packageRoot.appendingPathComponent(".build/debug/civicpulse").path,
    ]
    guard let path = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
      throw StoreTestFailure("civicpulse binary not found (looked in \(candidates)); run `swift build` first")
    }
    return path
  }

  /// Polls `condition` every 10 ms until it holds or `timeout` seconds pass.
  static func wait(timeout: TimeInterval, _ condition: () -> Bool) -> Bool {
    Poll.until(timeout: timeout, interval: 0.01, condition)
  }
}

struct StoreTestFailure: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}

private final class Counter: @unchecked Sendable {
  private let lock = NSLock()
  private var value: Int64 = 0

  func next() -> Int64 {
    lock.lock()
    defer { lock.unlock() }
    value += 1
    return value
  }
}
