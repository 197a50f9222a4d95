import CivicCore
import CivicTestSupport
import Foundation
import XCTest

final class PostExporterTests: XCTestCase {
  private typealias F = FilterFixtures
  private var directory = ""

  override func setUpWithError() throws {
    directory = try makeTemporaryFolder(prefix: "civicpulse-postexport").path
  }

  private let posts = [
    F.post("1", text: "@council the bins, again", services: ["waste", "roads"]),
    F.post("2", text: "lovely park", services: [], complaint: false, platform: .bluesky),
  ]
  private let states = ["1": TriageState(status: .escalated, team: "waste", updatedAt: 0, lastMarkID: 4)]

  func testCSVFileNeverOverwrites() throws {
    let first = try PostExporter.write(posts, states: states, format: .csv, directory: directory, now: F.midnight)
    let second = try PostExporter.write(posts, states: states, format: .csv, directory: directory, now: F.midnight)
    XCTAssertTrue(first.hasSuffix("civicpulse-posts-20261127-000000.csv"), first)
    XCTAssertTrue(second.hasSuffix("civicpulse-posts-20261127-000000-2.csv"), second)
    let rows = try CSVTestReader.rows(try String(contentsOfFile: first, encoding: .utf8))
    XCTAssertEqual(rows.count, 3)
    XCTAssertEqual(rows[0], PostExporter.csvHeader)
    let row = Dictionary(uniqueKeysWithValues: zip(rows[0], rows[1]))
    XCTAssertEqual(row["text"], "'@council the bins, again")
    XCTAssertEqual(row["services"], "waste;roads")
    XCTAssertEqual(row["state"], "escalated")
    XCTAssertEqual(row["team"], "waste")
    XCTAssertEqual(Dictionary(uniqueKeysWithValues: zip(rows[0], rows[2]))["state"], "open")
  }

  func testJSONFile() throws {
    let path = try PostExporter.write(posts, states: states, format: .json, directory: directory, now: F.midnight)
    XCTAssertTrue(path.hasSuffix(".json"))
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    let rows = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [[String: Any]])
    XCTAssertEqual(rows.map { $0["id"] as? String }, ["1", "2"])
    XCTAssertEqual(rows[0]["services"] as? [String], ["waste", "roads"])
    XCTAssertEqual(rows[0]["why"] as? [String], ["again"])
    XCTAssertEqual(rows[1]["platform"] as? String, "bluesky")
  }

  func testUnwritableDirectoryIsAClearError() {
    XCTAssertThrowsError(
      try PostExporter.write(posts, states: [:], format: .csv, directory: directory + "/missing", now: 0)
    ) { error in
      XCTAssertTrue(String(describing: error).hasPrefix("cannot write \(self.directory)/missing/"), "\(error)")
    }
  }

  /// `report exported.csv` gave every post the time of the report: the time column was not recognised.
  func testCSVFileReadsBackWithThePostsTimesAuthorsAndIds() throws {
    let path = try PostExporter.write(posts, states: states, format: .csv, directory: directory, now: F.midnight)
    let rows = try CSVTestReader.rows(try String(contentsOfFile: path, encoding: .utf8))
    let columns = try XCTUnwrap(CSVColumnResolver.fromHeader(rows[0]))
    let time = try XCTUnwrap(columns.time)
    XCTAssertEqual(TimestampParser.parse(rows[1][time]).map { $0 / 1000 }, posts[0].time / 1000)
    XCTAssertEqual(columns.author.map { rows[1][$0] }, "resident1")
    XCTAssertEqual(columns.id.map { rows[1][$0] }, "1")
    XCTAssertEqual(rows[1][columns.text], "'@council the bins, again")
  }
}
