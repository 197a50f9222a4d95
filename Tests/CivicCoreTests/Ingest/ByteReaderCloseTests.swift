import CivicTestSupport
import Foundation
import XCTest

@testable import CivicCore

#if canImport(Glibc)
  import Glibc
#endif

/// A reader closed explicitly must not close its old descriptor number again when it is released: by then the
/// number may belong to another file (QA4: every rotation and every end of file closed it twice).
final class ByteReaderCloseTests: XCTestCase {
  private var directory = ""

  override func setUpWithError() throws {
    directory = try makeTemporaryFolder(prefix: "byte-reader").path
    try Data("one\n".utf8).write(to: URL(fileURLWithPath: directory + "/a.txt"))
    try Data("two\n".utf8).write(to: URL(fileURLWithPath: directory + "/b.txt"))
  }

  private func isOpen(_ fd: Int32) -> Bool { fcntl(fd, F_GETFD) != -1 }

  func testCloseThenReleaseLeavesAReusedDescriptorOpen() throws {
    var reader: ByteReader? = try ByteReader.open(path: directory + "/a.txt").get()
    let number = try XCTUnwrap(reader?.fd)
    reader?.close()
    XCTAssertFalse(isOpen(number), "the first close closes the file")
    let other = Glibc.open(directory + "/b.txt", O_RDONLY | O_CLOEXEC)
    defer { Glibc.close(other) }
    XCTAssertEqual(other, number, "the kernel hands out the lowest free number: the one just closed")
    reader?.close()
    reader = nil
    XCTAssertTrue(isOpen(other), "a second close or the release must not close another file's descriptor")
    var byte: UInt8 = 0
    XCTAssertEqual(Glibc.read(other, &byte, 1), 1)
    XCTAssertEqual(byte, UInt8(ascii: "t"))
  }

  func testGzipReaderClosesOnce() throws {
    let path = directory + "/c.txt.gz"
    let gz = try XCTUnwrap(gzipFile(path, contents: "three\n"))
    XCTAssertTrue(gz)
    var reader: ByteReader? = try ByteReader.open(path: path).get()
    XCTAssertTrue(reader?.isGzip ?? false)
    reader?.close()
    let other = Glibc.open(directory + "/b.txt", O_RDONLY | O_CLOEXEC)
    defer { Glibc.close(other) }
    reader?.close()
    reader = nil
    XCTAssertTrue(isOpen(other))
  }

  private func gzipFile(_ path: String, contents: String) -> Bool? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", "printf '%s' \"$1\" | gzip -c > \"$2\"", "sh", contents, path]
    guard (try? process.run()) != nil else { return nil }
    process.waitUntilExit()
    return process.terminationStatus == 0
  }
}
