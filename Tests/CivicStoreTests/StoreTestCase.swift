import Foundation
import XCTest

/// A test case with a fresh temporary directory and a state file path in it, removed afterwards.
class StoreTestCase: XCTestCase {
  var directory = ""
  var path = ""

  override func setUpWithError() throws {
    directory = try StoreTestSupport.temporaryDirectory()
    path = directory + "/state.db"
  }

  override func tearDownWithError() throws {
    chmod(directory, 0o755)
    try? FileManager.default.removeItem(atPath: directory)
  }
}
