import Foundation
import XCTest

/// Waiting on a condition with a deadline, for tests of threads, processes and files: the condition is checked
/// every few milliseconds, so a test waits only as long as the behaviour takes, and fails after `timeout`.
public enum Poll {
  /// Checks `condition` every `interval` seconds until it holds or `timeout` seconds have passed; returns whether
  /// it held (checked once more at the deadline).
  public static func until(timeout: Double, interval: Double = 0.005, _ condition: () -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      if condition() { return true }
      usleep(useconds_t(max(0.001, interval) * 1_000_000))
    }
    return condition()
  }
}

/// Polls `condition` until it holds or `timeout` seconds pass; records a test failure naming `what` when it never
/// holds.
public func waitFor(
  _ what: String, timeout: Double = 10, file: StaticString = #filePath, line: UInt = #line,
  _ condition: () -> Bool
) {
  if !Poll.until(timeout: timeout, condition) {
    XCTFail("timed out waiting for \(what)", file: file, line: line)
  }
}
