import CivicTestSupport
import Foundation
import XCTest

@testable import CivicCore

/// Every sample in `../shared/formats`, followed like `watch` does, must count what reading it to its end (as
/// `report` does) counts. The posts, duplicates and skipped records must all arrive while the file is followed
/// (many samples are whole JSON documents with no final newline); the malformed count must match once the
/// follower stops (a cut-off last line with no newline is held while following, and counted on stop).
final class FollowedSharedFormatsTests: XCTestCase {
  private func counts(_ stats: IngestStats) -> [Int] {
    [stats.posts, stats.duplicates, stats.skipped, stats.malformed]
  }

  func testFollowingEverySampleCountsWhatReadingItToTheEndCounts() throws {
    let root = try SharedFixtures.directory("formats")
    let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
    var files: [URL] = []
    while let url = enumerator?.nextObject() as? URL {
      if (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true { files.append(url) }
    }
    XCTAssertGreaterThan(files.count, 40, "the shared samples")
    for url in files.sorted(by: { $0.path < $1.path }) {
      let name = url.lastPathComponent
      let whole = IngestEngine(config: IngestConfig(sources: [.file(path: url.path)], follow: false)) { _ in }
      try whole.start()
      XCTAssertTrue(whole.waitUntilFinished(timeout: 60), name)
      let expected = counts(whole.stats())
      XCTAssertGreaterThan(expected.reduce(0, +), 0, "\(name) yields records")

      let followed = IngestEngine(
        config: IngestConfig(sources: [.file(path: url.path)], follow: true, pollInterval: 0.05)
      ) { _ in }
      try followed.start()
      waitFor("\(name): followed posts, duplicates and skipped records \(expected.prefix(3))", timeout: 20) {
        Array(counts(followed.stats()).prefix(3)) == Array(expected.prefix(3))
      }
      waitFor("\(name): the followed file read to its end") { followed.stats().bytes == whole.stats().bytes }
      followed.stop()
      XCTAssertTrue(followed.waitUntilFinished(timeout: 10), name)
      XCTAssertEqual(counts(followed.stats()), expected, "\(name): [posts, duplicates, skipped, malformed]")
    }
  }
}
