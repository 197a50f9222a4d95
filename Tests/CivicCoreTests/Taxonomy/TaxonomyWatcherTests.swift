import CivicTestSupport
import XCTest

@testable import CivicCore

final class TaxonomyWatcherTests: XCTestCase {
  var directory: URL!

  override func setUpWithError() throws {
    directory = try makeTemporaryFolder(prefix: "taxonomy")
  }

  func write(_ text: String, to url: URL) throws {
    try Data(text.utf8).write(to: url)
  }

  func service(_ id: String, _ keyword: String) -> String {
    "[[service]]\nid = \"\(id)\"\nkeywords = [\"\(keyword)\"]\n"
  }

  func testUnchangedFileGivesNothing() throws {
    let url = directory.appendingPathComponent("t.toml")
    try write(service("roads", "pothole"), to: url)
    let watcher = TaxonomyWatcher(path: url.path)
    XCTAssertNil(watcher.poll())
    XCTAssertNil(watcher.poll())
  }

  func testEditIsReloadedOnce() throws {
    let url = directory.appendingPathComponent("t.toml")
    try write(service("roads", "pothole"), to: url)
    let watcher = TaxonomyWatcher(path: url.path)
    try write(service("roads", "pothole") + service("noise", "loud music"), to: url)
    guard case .success(let taxonomy)? = watcher.poll() else { return XCTFail("expected a reload") }
    XCTAssertEqual(taxonomy.services.map { $0.id }, ["roads", "noise"])
    XCTAssertNil(watcher.poll(), "each change is reported once")
  }

  func testSameSizeEditsInQuickSuccessionAreNoticed() throws {
    let url = directory.appendingPathComponent("t.toml")
    try write(service("roads", "pothole"), to: url)
    let watcher = TaxonomyWatcher(path: url.path)
    for keyword in ["potholf", "potholg", "potholh"] {
      // Same size, same inode, possibly the same timestamp tick: the content comparison catches it.
      try write(service("roads", keyword), to: url)
      guard case .success(let taxonomy)? = watcher.poll() else { return XCTFail("missed the edit to \(keyword)") }
      XCTAssertEqual(taxonomy.services.first?.keywords, [keyword])
    }
    XCTAssertNil(watcher.poll())
  }

  func testTouchWithoutChangeIsNotAReload() throws {
    let url = directory.appendingPathComponent("t.toml")
    try write(service("roads", "pothole"), to: url)
    let watcher = TaxonomyWatcher(path: url.path)
    try write(service("roads", "pothole"), to: url)
    XCTAssertNil(watcher.poll())
  }

  func testReplacingTheFileByRenameIsNoticed() throws {
    let url = directory.appendingPathComponent("t.toml")
    try write(service("roads", "pothole"), to: url)
    let watcher = TaxonomyWatcher(path: url.path)
    // Same size, written to a new inode and renamed over the old file, as editors do.
    let temporary = directory.appendingPathComponent("t.toml.tmp")
    try write(service("roads", "potHOLE"), to: temporary)
    XCTAssertEqual(rename(temporary.path, url.path), 0)
    guard case .success(let taxonomy)? = watcher.poll() else { return XCTFail("expected a reload") }
    XCTAssertEqual(taxonomy.services.first?.keywords, ["potHOLE"])
  }

  func testBrokenEditKeepsTheOldTaxonomyAndReportsTheLine() throws {
    let url = directory.appendingPathComponent("t.toml")
    try write(service("roads", "pothole"), to: url)
    let initial = try Taxonomy.load(path: url.path)
    let live = ReloadingClassifier(
      classifier: PostClassifier(router: ServiceRouter(taxonomy: initial), scorer: nil), taxonomyPath: url.path)
    XCTAssertFalse(live.refresh())

    try write(service("roads", "pothole") + "[[service]]\nid = \"roads\"\nkeywords = [\"x\"]\n", to: url)
    XCTAssertTrue(live.refresh())
    XCTAssertEqual(live.taxonomyError?.line, 5)
    XCTAssertEqual(live.taxonomyError?.file, url.path)
    XCTAssertTrue(live.taxonomyError?.message.contains("duplicate") ?? false)
    var post = Post(id: "1", platform: .text, authorHandle: "a", arrivalTime: 0, text: "pothole")
    live.classifier.classify(&post)
    XCTAssertEqual(post.services, ["roads"], "the old taxonomy is still in use")

    try write(service("noise", "pothole") + service("roads", "bus"), to: url)
    XCTAssertTrue(live.refresh())
    XCTAssertNil(live.taxonomyError)
    live.classifier.classify(&post)
    XCTAssertEqual(post.services, ["noise"], "the fixed file is in use")

    try FileManager.default.removeItem(at: url)
    XCTAssertTrue(live.refresh())
    XCTAssertNotNil(live.taxonomyError)
    live.classifier.classify(&post)
    XCTAssertEqual(post.services, ["noise"])
  }

  func testBuiltInHasNothingToWatch() {
    let live = ReloadingClassifier(classifier: PostClassifier(router: .builtIn, scorer: nil), taxonomyPath: nil)
    XCTAssertFalse(live.refresh())
    XCTAssertNil(live.taxonomyError)
  }
}
