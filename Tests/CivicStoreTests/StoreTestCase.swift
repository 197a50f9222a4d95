import CivicTestSupport
import Foundation
import XCTest

/// A test case with a fresh temporary directory and a state file path in it, removed afterwards (also when a test
/// has made the directory read-only: the shared helper restores the owner's permissions first).
class StoreTestCase: XCTestCase {
  var directory = ""
  var path = ""

  override func setUpWithError() throws {
    directory = try makeTemporaryFolder(prefix: "civicpulse-store").path
    path = directory + "/state.db"
  }
}
