import XCTest

@testable import CivicTUI

final class TerminalGateTests: XCTestCase {
  func testDumbAndUnsetAreRefusedWithPointers() {
    for term in [nil, "", "dumb", "DUMB"] as [String?] {
      guard let message = TerminalGate.refusal(term: term) else {
        XCTFail("\(String(describing: term)) accepted")
        continue
      }
      XCTAssertTrue(message.contains("civicpulse report"), message)
      XCTAssertTrue(message.contains("civicpulse watch --headless"), message)
    }
  }

  func testUsualTerminalsAreAccepted() {
    for term in ["xterm-256color", "screen", "screen-256color", "tmux-256color", "linux", "vt100"] {
      XCTAssertNil(TerminalGate.refusal(term: term), term)
    }
  }
}
