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

  /// A pipe at the path is written into, not replaced by a file (as root, `--out /dev/null` and `--out /dev/stdout`
  /// put a regular file in place of the device or the link).
  func testAPipeIsWrittenIntoNotReplaced() throws {
    let path = folder + "/out.fifo"
    XCTAssertEqual(mkfifo(path, 0o600), 0)
    let reader = open(path, O_RDONLY | O_NONBLOCK)
    XCTAssertGreaterThanOrEqual(reader, 0)
    defer { close(reader) }
    try ExportFile.write("a,b\n", to: path)
    var bytes = [UInt8](repeating: 0, count: 16)
    let n = read(reader, &bytes, bytes.count)
    XCTAssertEqual(String(decoding: bytes.prefix(max(0, n)), as: UTF8.self), "a,b\n")
    var st = stat()
    XCTAssertEqual(lstat(path, &st), 0)
    XCTAssertEqual(st.st_mode & S_IFMT, S_IFIFO, "still a pipe")
  }

  /// A symbolic link to a file keeps pointing at it: the file it names gets the new text.
  func testALinkKeepsPointingAtItsFile() throws {
    let file = folder + "/real.csv"
    let link = folder + "/latest.csv"
    try ExportFile.write("old\n", to: file)
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "real.csv")
    try ExportFile.write("new\n", to: link)
    XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: link), "real.csv")
    XCTAssertEqual(try String(contentsOfFile: file, encoding: .utf8), "new\n")
  }
}
