import CivicTestSupport
import Foundation
import XCTest

@testable import CivicCore

/// `civicpulse export --out` and the dashboard's `e` on paths that cannot be written: the message names the
/// problem ("NSCocoaErrorDomain error 512" and "The file doesn't exist" were shown before).
final class ExportFileTests: XCTestCase {
  private var folder = ""

  override func setUpWithError() throws {
    folder = try makeTemporaryFolder(prefix: "export-file").path
  }

  private func failure(_ path: String, overwrite: Bool = true) -> String? {
    do {
      try ExportFile.write("a,b\n", to: path, overwrite: overwrite)
      return nil
    } catch {
      return error.description
    }
  }

  func testWritesAndReplaces() throws {
    let path = folder + "/out.csv"
    XCTAssertNil(failure(path))
    try ExportFile.write("new\n", to: path)
    XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "new\n")
    XCTAssertEqual(failure(path, overwrite: false), "cannot write \(path): file exists")
  }

  func testADirectoryIsNamedAsOne() {
    XCTAssertEqual(failure(folder), "cannot write \(folder): is a directory")
  }

  func testAMissingFolderIsNamed() {
    let path = folder + "/no/such/out.csv"
    XCTAssertEqual(failure(path), "cannot write \(path): no such directory \(folder)/no/such")
  }

  func testAFileInPlaceOfTheFolderIsNamed() throws {
    let file = folder + "/plain"
    try ExportFile.write("x", to: file)
    let message = failure(file + "/out.csv") ?? ""
    XCTAssertTrue(message.hasPrefix("cannot write \(file)/out.csv: "), message)
    XCTAssertFalse(message.contains("NSCocoaErrorDomain"), message)
    XCTAssertFalse(message.contains("could not be completed"), message)
  }
}
