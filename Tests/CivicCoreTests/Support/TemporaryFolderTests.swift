import CivicTestSupport
import Foundation
import XCTest

/// The shared `makeTemporaryFolder(prefix:)`: each call makes a new empty folder `<tmp>/<prefix>-<uuid>`, and the
/// folder is gone once its test has ended, whether it was made in `setUpWithError()` or in the test, and also when
/// the test made it or a folder inside it read-only (the store tests do; this matters when not running as root).
/// Each check runs a probe test case through `invokeTest()` (set-up, test, teardown blocks, tear-down) inside a
/// test of its own, so nothing depends on the order the tests run in.
final class TemporaryFolderTests: XCTestCase {
  /// A test case that makes a folder in `setUpWithError()`, as the tests with a folder property do.
  private final class Probe: XCTestCase {
    var setUpFolder: URL?

    override func setUpWithError() throws {
      setUpFolder = try makeTemporaryFolder(prefix: "cp-probe-setup")
    }
  }

  /// What a probe saw while its test ran.
  private final class Sighting {
    var folders: [URL] = []
    var existed: [Bool] = []
    var contents: [[String]] = []
  }

  private func isFolder(_ url: URL) -> Bool {
    var directory: ObjCBool = false
    return FileManager.default.fileExists(atPath: url.path, isDirectory: &directory) && directory.boolValue
  }

  /// Runs `body` as a probe's test after noting the probe's set-up folder; returns what was seen during the test.
  private func runProbe(_ body: @escaping (XCTestCase, Sighting) throws -> Void) -> Sighting {
    let sighting = Sighting()
    let probe = Probe(name: "probe") { test in
      guard let folder = (test as? Probe)?.setUpFolder else { return }
      sighting.folders.append(folder)
      try body(test, sighting)
      for folder in sighting.folders {
        sighting.existed.append(self.isFolder(folder))
        sighting.contents.append((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? ["?"])
      }
    }
    probe.invokeTest()
    return sighting
  }

  func testFoldersMadeInSetUpAndInTheTestAreNewEmptyAndRemovedWhenTheTestEnds() throws {
    var inTestContents: [String] = []
    let sighting = runProbe { test, sighting in
      let first = try test.makeTemporaryFolder(prefix: "cp-probe")
      inTestContents = try FileManager.default.contentsOfDirectory(atPath: first.path)
      try Data("x".utf8).write(to: first.appendingPathComponent("file.txt"))
      try FileManager.default.createDirectory(
        at: first.appendingPathComponent("a/b"), withIntermediateDirectories: true)
      sighting.folders += [first, try test.makeTemporaryFolder(prefix: "cp-probe")]
    }
    XCTAssertEqual(sighting.folders.count, 3, "the set-up folder and two folders made in the test")
    XCTAssertEqual(sighting.existed, [true, true, true], "each folder exists while the test runs")
    XCTAssertEqual(inTestContents, [], "a new folder is empty")
    XCTAssertEqual(sighting.contents.map { $0.sorted() }, [[], ["a", "file.txt"], []])
    XCTAssertEqual(Set(sighting.folders).count, 3, "each call makes a new folder")
    let temporary = FileManager.default.temporaryDirectory.standardizedFileURL.path
    for (folder, prefix) in zip(sighting.folders, ["cp-probe-setup", "cp-probe", "cp-probe"]) {
      XCTAssertEqual(folder.deletingLastPathComponent().standardizedFileURL.path, temporary, folder.path)
      let name = folder.lastPathComponent
      XCTAssertTrue(name.hasPrefix(prefix + "-"), name)
      XCTAssertNotNil(UUID(uuidString: String(name.dropFirst(prefix.count + 1))), "<prefix>-<uuid>: \(name)")
      XCTAssertFalse(FileManager.default.fileExists(atPath: folder.path), "removed after the test: \(folder.path)")
    }
  }

  func testReadOnlyFoldersAreRemovedToo() throws {
    let sighting = runProbe { test, sighting in
      let folder = try test.makeTemporaryFolder(prefix: "cp-probe-locked")
      let inner = folder.appendingPathComponent("inner")
      let sealed = inner.appendingPathComponent("sealed")
      try FileManager.default.createDirectory(at: sealed, withIntermediateDirectories: true)
      try Data("x".utf8).write(to: sealed.appendingPathComponent("state.db"))
      XCTAssertEqual(chmod(sealed.path, 0o000), 0)
      XCTAssertEqual(chmod(inner.path, 0o500), 0)
      XCTAssertEqual(chmod(folder.path, 0o555), 0)
      sighting.folders.append(folder)
    }
    XCTAssertEqual(sighting.folders.count, 2)
    XCTAssertEqual(sighting.existed, [true, true])
    for folder in sighting.folders {
      XCTAssertFalse(FileManager.default.fileExists(atPath: folder.path), "removed after the test: \(folder.path)")
    }
  }
}
