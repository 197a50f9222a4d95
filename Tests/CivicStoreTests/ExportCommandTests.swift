import CivicCore
import CivicStore
import Foundation
import XCTest

/// `civicpulse export` run as a process on a state file made through the store.
final class ExportCommandTests: StoreTestCase {
  override func setUpWithError() throws {
    try super.setUpWithError()
    let ana = try StoreTestSupport.open(path, officer: "ana")
    _ = try ana.mark(
      post: StoreTestSupport.post("p1", text: "=SUM(A1) bins, \"again\""), action: .handled, team: nil, note: nil)
    _ = try ana.mark(
      post: StoreTestSupport.post("p2", text: "burst main\non Mill Rd", service: "water"), action: .escalated,
      team: "water ops", note: nil)
    _ = try ana.mark(
      post: StoreTestSupport.post("p3", text: "lovely park"), action: .notComplaint, team: nil, note: nil)
    _ = try ana.mark(post: StoreTestSupport.post("p3"), action: .note, team: nil, note: "thanked them")
    _ = try ana.mark(post: StoreTestSupport.post("p4", text: "mistake"), action: .handled, team: nil, note: nil)
    _ = try ana.undoLast()
  }

  private func run(_ arguments: [String]) throws -> (status: Int32?, output: String) {
    let process = try CivicProcess(
      binary: try StoreTestSupport.binary(), arguments: arguments, outputPath: directory + "/\(UUID().uuidString).out")
    let status = process.waitForExit(timeout: 60)
    return (status, process.output)
  }

  func testTriageLogCSV() throws {
    let out = directory + "/log.csv"
    let result = try run(["export", "--state", path, "--format", "csv", "--out", out])
    XCTAssertEqual(result.status, 0, result.output)
    XCTAssertEqual(result.output, "wrote 6 marks to \(out)\n")
    let lines = try String(contentsOfFile: out, encoding: .utf8).components(separatedBy: "\r\n")
    XCTAssertEqual(
      lines[0],
      "time_utc,officer,action,team,note,post_id,author,service,text,platform,post_time_utc,complaint_score,url,"
        + "mark_id,undoes")
    XCTAssertEqual(
      lines[1],
      "2026-11-27 00:00:01,ana,handled,,,p1,resident,waste,\"'=SUM(A1) bins, \"\"again\"\"\",mastodon,"
        + "2026-11-27 00:00:00,0.800,https://example.org/p1,1,")
    XCTAssertEqual(
      lines[2],
      "2026-11-27 00:00:02,ana,escalated,water ops,,p2,resident,water,\"burst main\non Mill Rd\",mastodon,"
        + "2026-11-27 00:00:00,0.800,https://example.org/p2,2,")
    XCTAssertTrue(lines[6].hasPrefix("2026-11-27 00:00:06,ana,undo,,,p4,"), lines[6])
    XCTAssertTrue(lines[6].hasSuffix(",6,5"), lines[6])
    XCTAssertEqual(lines.count, 8, "header, 6 marks, empty after the last CRLF")
  }

  func testTriageLogJSONSince() throws {
    let result = try run(["export", "--state", path, "--format", "json", "--since", "2026-11-27T00:00:04Z"])
    XCTAssertEqual(result.status, 0, result.output)
    let rows = try XCTUnwrap(
      try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]], result.output)
    XCTAssertEqual(rows.map { $0["action"] as? String }, ["note", "handled", "undo"])
    XCTAssertEqual(rows[0]["note"] as? String, "thanked them")
    XCTAssertEqual((rows[1]["post"] as? [String: Any])?["text"] as? String, "mistake")
  }

  func testOneMarkAndOneLabelAreSingular() throws {
    let single = directory + "/single.db"
    let bo = try StoreTestSupport.open(single, officer: "bo")
    _ = try bo.mark(post: StoreTestSupport.post("q1", text: "bins again"), action: .handled, team: nil, note: nil)
    let log = directory + "/single.csv"
    let marks = try run(["export", "--state", single, "--out", log])
    XCTAssertEqual(marks.status, 0, marks.output)
    XCTAssertEqual(marks.output, "wrote 1 mark to \(log)\n")
    let labels = directory + "/single-labels.csv"
    let labelled = try run(["export", "--labels", "--state", single, "--out", labels])
    XCTAssertEqual(labelled.status, 0, labelled.output)
    XCTAssertEqual(labelled.output, "wrote 1 label (1 complaint) to \(labels)\n")
  }

  func testLabelsForTrain() throws {
    let out = directory + "/labels.csv"
    let result = try run(["export", "--labels", "--state", path, "--out", out])
    XCTAssertEqual(result.status, 0, result.output)
    XCTAssertEqual(result.output, "wrote 3 labels (2 complaints) to \(out)\n")
    XCTAssertEqual(
      try String(contentsOfFile: out, encoding: .utf8),
      "text,label\n\"=SUM(A1) bins, \"\"again\"\"\",1\nburst main on Mill Rd,1\nbins not collected p3,0\n",
      "training text as the post said it: no spreadsheet apostrophe")
  }

  func testClearErrors() throws {
    let badSince = try run(["export", "--state", path, "--since", "last tuesday"])
    XCTAssertEqual(badSince.status, 64)
    XCTAssertTrue(badSince.output.contains("--since 'last tuesday': expected a duration"), badSince.output)
    let jsonLabels = try run(["export", "--state", path, "--labels", "--format", "json"])
    XCTAssertEqual(jsonLabels.status, 64)
    XCTAssertTrue(jsonLabels.output.contains("--labels writes CSV only"), jsonLabels.output)
    let missing = try run(["export", "--state", directory + "/none.db"])
    XCTAssertEqual(missing.status, 1)
    XCTAssertTrue(
      missing.output.hasPrefix(
        "civicpulse export: nothing to export: no triage state file at \(directory)/none.db (nothing has been marked yet)."
      ), missing.output)
    XCTAssertTrue(missing.output.contains("or give the file with --state PATH"), missing.output)
    let unwritable = try run(["export", "--state", path, "--out", directory + "/no/such/dir.csv"])
    XCTAssertEqual(unwritable.status, 1)
    XCTAssertTrue(
      unwritable.output.hasPrefix("civicpulse export: cannot write \(directory)/no/such/dir.csv"), unwritable.output)
  }
}
