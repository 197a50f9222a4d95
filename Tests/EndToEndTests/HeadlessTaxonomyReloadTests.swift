import CivicTestSupport
import Foundation
import XCTest

/// `watch --headless --taxonomy FILE` follows the file as the dashboard does: a valid edit routes new posts without
/// a restart, a broken edit keeps the old taxonomy and says why on stderr.
final class HeadlessTaxonomyReloadTests: XCTestCase {
  private func taxonomy(_ services: [(id: String, keyword: String)]) -> String {
    services.map { "[[service]]\nid = \"\($0.id)\"\nname = \"\($0.id) service\"\nkeywords = [\"\($0.keyword)\"]\n" }
      .joined(separator: "\n")
  }

  /// The posts counted for each service in the newest report line.
  private func servicePosts(_ lines: LineBuffer) -> [String: Int] {
    guard let last = lines.all.last(where: { $0.hasPrefix("{") }),
      let object = try? JSONSerialization.jsonObject(with: Data(last.utf8)) as? [String: Any],
      let services = object["services"] as? [[String: Any]]
    else { return [:] }
    var counts: [String: Int] = [:]
    for service in services {
      if let id = service["id"] as? String, let posts = service["posts"] as? Int { counts[id] = posts }
    }
    return counts
  }

  private func append(_ text: String, to file: URL) throws {
    let handle = try FileHandle(forWritingTo: file)
    try handle.seekToEnd()
    try handle.write(contentsOf: Data(text.utf8))
    try handle.close()
  }

  func testAnEditRoutesNewPostsAndABrokenEditKeepsTheOldTaxonomy() throws {
    let directory = try makeTemporaryFolder(prefix: "cp-e2e")
    let taxonomyFile = directory.appendingPathComponent("services.toml")
    try taxonomy([("waste", "bins")]).write(to: taxonomyFile, atomically: false, encoding: .utf8)
    let feed = directory.appendingPathComponent("feed.txt")
    try "bins not collected again\n".write(to: feed, atomically: false, encoding: .utf8)

    let process = Process()
    process.executableURL = try CommandRunner.civicpulse()
    process.arguments = [
      "watch", "--headless", "--stats-every", "0.1", "--taxonomy", taxonomyFile.path, feed.path,
    ]
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    let lines = LineBuffer()
    let errors = LineBuffer()
    out.fileHandleForReading.readabilityHandler = { lines.append($0.availableData) }
    err.fileHandleForReading.readabilityHandler = { errors.append($0.availableData) }
    try process.run()
    addTeardownBlock { if process.isRunning { process.terminate() } }
    waitFor("the first post routed to waste") { self.servicePosts(lines)["waste"] == 1 }

    // A new service, added while it runs: the next post about it is routed to it.
    try taxonomy([("waste", "bins"), ("dogs", "dog fouling")])
      .write(to: taxonomyFile, atomically: false, encoding: .utf8)
    waitFor("the reload message", timeout: 15) { errors.all.contains { $0.hasSuffix("services.toml: reloaded") } }
    try append("dog fouling all over the green\n", to: feed)
    waitFor("the new service counted", timeout: 15) { self.servicePosts(lines)["dogs"] == 1 }

    // A broken edit: stderr names the file and line, and the taxonomy in use stays the last good one.
    try "[[service]]\nid = \"dogs\"\nkeywords = [\"dog fouling\"\n".write(
      to: taxonomyFile, atomically: false, encoding: .utf8)
    waitFor("the error", timeout: 15) {
      // The short part first (file, line, old one kept), the parser's details after it.
      errors.all.contains {
        $0.range(
          of: #"^civicpulse: taxonomy services\.toml:\d+ invalid, old one kept: \S"#, options: .regularExpression)
          != nil
      }
    }
    try append("more dog fouling by the school\nbins overflowing\n", to: feed)
    waitFor("posts routed by the old taxonomy", timeout: 15) {
      let counts = self.servicePosts(lines)
      return counts["dogs"] == 2 && counts["waste"] == 2
    }

    kill(process.processIdentifier, SIGTERM)
    waitFor("civicpulse to exit") { !process.isRunning }
    XCTAssertEqual(process.terminationStatus, 0)
    out.fileHandleForReading.readabilityHandler = nil
    err.fileHandleForReading.readabilityHandler = nil
  }
}
