import Foundation
import XCTest

/// `classify` and `report` reading posts typed at a terminal: a hint instead of the progress line (which wrote
/// "read 0.0 MB, 0 posts" over the typed text), and classify answers each line as it is entered, not at Ctrl-D.
final class TypedInputEndToEndTests: XCTestCase {
  private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  private func start(_ arguments: String) throws -> TmuxSession {
    let path = Self.root.appendingPathComponent(".build/debug/civicpulse").path
    guard FileManager.default.isExecutableFile(atPath: path) else {
      throw XCTSkip("build civicpulse first (swift build): \(path) is missing")
    }
    let session = try TmuxSession(width: 200, height: 20, command: "'\(path)' \(arguments); echo EXIT=$?; sleep 30")
    addTeardownBlock { session.kill() }
    return session
  }

  func testClassifyAnswersEachTypedLineAndShowsNoProgressLine() throws {
    let session = try start("classify")
    let hint = session.waitFor(timeout: 20) { $0.contains("reading posts from the terminal") }
    XCTAssertTrue(hint.ok, hint.screen)
    session.sendKeys("the bins were not collected again", "Enter")
    let answered = session.waitFor(timeout: 20) { $0.contains(#""services":["waste"]"#) }
    XCTAssertTrue(answered.ok, "the answer comes before Ctrl-D:\n\(answered.screen)")
    // Long enough for the progress line (after 1 s, every 0.5 s) to have appeared.
    Thread.sleep(forTimeInterval: 1.6)
    XCTAssertFalse(session.capture().contains("read 0."), session.capture())
    session.sendKeys("C-d")
    let ended = session.waitFor(timeout: 20) { $0.contains("EXIT=0") }
    XCTAssertTrue(ended.ok, ended.screen)
  }

  func testReportOnTypedPostsSaysHowToEnd() throws {
    let session = try start("report")
    let hint = session.waitFor(timeout: 20) { $0.contains("Ctrl-D ends") }
    XCTAssertTrue(hint.ok, hint.screen)
    session.sendKeys("pothole on Mill Lane", "Enter")
    Thread.sleep(forTimeInterval: 1.6)
    XCTAssertFalse(session.capture().contains("read 0."), session.capture())
    session.sendKeys("C-d")
    let ended = session.waitFor(timeout: 20) { $0.contains("EXIT=0") }
    XCTAssertTrue(ended.ok, ended.screen)
    XCTAssertTrue(ended.screen.contains("stdin: 1 post, 0 malformed"), ended.screen)
  }
}
