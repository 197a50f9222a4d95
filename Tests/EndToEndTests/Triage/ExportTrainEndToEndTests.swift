import CivicTestSupport
import Foundation
import XCTest

/// Issue 7: "`export` and `export --labels` produce files that `train` and a spreadsheet accept". Marks are made
/// with the hidden `triage-mark` command on a temporary state database; the exports go through `train`,
/// `classify --model` and Python's `csv` module (an RFC 4180 reader, as spreadsheets are).
final class ExportTrainEndToEndTests: XCTestCase {
  /// Texts marked as complaints (handled or escalated) and as not complaints, with the awkward cases: commas,
  /// quotes, a line break, a formula-like start, non-ASCII.
  private static let complaints = [
    "Bins not collected again, \"third\" week running",
    "Still waiting for the bins to be collected again",
    "Pothole on Mill Lane\nstill not fixed after three weeks",
    "=SUM(A1) the pothole is still not fixed, again",
    "Street light still broken again, nobody answers",
    "Bins not collected, still waiting, third time",
  ]
  private static let notComplaints = [
    "Thanks for fixing the street light so quickly",
    "Lovely new café in the park 🌳, thanks council",
    "Thanks to the bin crew, great service as always",
    "Library opening hours for the holidays, thanks",
    "Great to see the park so clean, thanks",
    "Thanks for the quick reply about the bins",
  ]

  private func binary() throws -> String { try CommandRunner.civicpulse().path }

  /// Runs a program to completion with `stdin`; returns (status, stdout, stderr).
  private func run(_ executable: String, _ arguments: [String], stdin: String = "") throws -> (Int32, String, String) {
    try CommandRunner.run(URL(fileURLWithPath: executable), arguments, stdin: Data(stdin.utf8))
  }

  /// The rows of a CSV file as Python's `csv` module reads them (strict, RFC 4180 quoting).
  private func pythonRows(_ path: String) throws -> [[String]] {
    guard
      let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first(where: FileManager.default.isExecutableFile)
    else { throw XCTSkip("python3 is not installed") }
    let script = """
      import csv, json, sys
      with open(sys.argv[1], newline="", encoding="utf-8") as f:
          print(json.dumps(list(csv.reader(f, strict=True))))
      """
    let (status, output, errors) = try run(python, ["-c", script, path])
    XCTAssertEqual(status, 0, "python csv: \(errors)")
    let object = try JSONSerialization.jsonObject(with: Data(output.utf8))
    return try XCTUnwrap(object as? [[String]], output)
  }

  /// Marks every test text in a new state database; returns its path.
  private func makeMarks(in directory: URL) throws -> String {
    let civicpulse = try binary()
    let state = directory.appendingPathComponent("state.db").path
    let marked =
      Self.complaints.enumerated().map { ("c\($0)", $1, $0 % 2 == 0 ? "handled" : "escalated") }
      + Self.notComplaints.enumerated().map { ("n\($0)", $1, "not-complaint") }
    for (id, text, action) in marked {
      var arguments = ["triage-mark", "--state", state, "--post", id, "--action", action, "--text", text]
      if action == "escalated" { arguments += ["--team", "Roads, north"] }
      let (status, output, errors) = try run(civicpulse, arguments)
      XCTAssertEqual(status, 0, "triage-mark \(id): \(output) \(errors)")
    }
    // A note gives no label but is a row of the triage log.
    let (status, _, errors) = try run(
      civicpulse,
      [
        "triage-mark", "--state", state, "--post", "c0", "--action", "note", "--note", "called back", "--text",
        Self.complaints[0],
      ])
    XCTAssertEqual(status, 0, errors)
    return state
  }

  func testLabelsExportTrainsAModelThatClassifyLoads() throws {
    let civicpulse = try binary()
    let directory = try makeTemporaryFolder(prefix: "cp-export")
    let state = try makeMarks(in: directory)
    let labels = directory.appendingPathComponent("labels.csv").path
    var (status, output, errors) = try run(civicpulse, ["export", "--labels", "--state", state, "--out", labels])
    XCTAssertEqual(status, 0, errors)
    XCTAssertTrue(errors.contains("12 labels (6 complaints)"), errors)

    let rows = try pythonRows(labels)
    XCTAssertEqual(rows.first, ["text", "label"])
    XCTAssertEqual(rows.count, 13)
    XCTAssertTrue(rows.dropFirst().allSatisfy { $0.count == 2 && ["0", "1"].contains($0[1]) }, "\(rows)")
    XCTAssertEqual(rows.dropFirst().filter { $0[1] == "1" }.count, 6)
    XCTAssertTrue(rows.contains(["Bins not collected again, \"third\" week running", "1"]), "\(rows)")
    XCTAssertTrue(rows.contains(["Pothole on Mill Lane still not fixed after three weeks", "1"]), "\(rows)")
    XCTAssertTrue(rows.contains(["Lovely new café in the park 🌳, thanks council", "0"]), "\(rows)")
    XCTAssertTrue(
      rows.contains(["=SUM(A1) the pothole is still not fixed, again", "1"]), "training text without a guard: \(rows)")

    let model = directory.appendingPathComponent("m.json").path
    (status, output, errors) = try run(civicpulse, ["train", "--labels", labels, "--out", model])
    XCTAssertEqual(status, 0, output + errors)
    XCTAssertTrue(errors.contains("12 examples (6 complaints, 6 not), 0 bad rows, header skipped"), errors)
    XCTAssertTrue(FileManager.default.fileExists(atPath: model))

    // `classify --model` loads it: its score differs from the built-in model's on the same post.
    func score(_ extra: [String]) throws -> Double {
      let (status, output, errors) = try run(
        civicpulse, ["classify"] + extra, stdin: "bins not collected again, still waiting\n")
      XCTAssertEqual(status, 0, errors)
      let line = try XCTUnwrap(output.split(separator: "\n").first, "classify printed nothing: \(errors)")
      let post = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      return try XCTUnwrap(post["complaint_score"] as? Double, "\(post)")
    }
    let trained = try score(["--model", model])
    XCTAssertNotEqual(trained, try score([]), accuracy: 1e-9)
    XCTAssertGreaterThan(trained, 0.5, "a post like the complaints it was trained on")
  }

  func testTrainRefusesLabelsOfOneClass() throws {
    // Officers who only mark handled or escalated: `export --labels` gives complaints only.
    let civicpulse = try binary()
    let directory = try makeTemporaryFolder(prefix: "cp-export")
    let state = directory.appendingPathComponent("state.db").path
    for (i, text) in Self.complaints.prefix(3).enumerated() {
      let (status, _, errors) = try run(
        civicpulse, ["triage-mark", "--state", state, "--post", "c\(i)", "--action", "handled", "--text", text])
      XCTAssertEqual(status, 0, errors)
    }
    let labels = directory.appendingPathComponent("labels.csv").path
    var (status, output, errors) = try run(civicpulse, ["export", "--labels", "--state", state, "--out", labels])
    XCTAssertEqual(status, 0, errors)
    let model = directory.appendingPathComponent("m.json").path
    (status, output, errors) = try run(civicpulse, ["train", "--labels", labels, "--out", model])
    XCTAssertEqual(status, 1, output + errors)
    XCTAssertTrue(
      errors.contains(
        "cannot train on '\(labels)': 3 complaints and 0 other texts: training needs examples of both classes"),
      errors)
    XCTAssertFalse(FileManager.default.fileExists(atPath: model), "no model written")
  }

  func testTriageLogCSVReadsAsASpreadsheetFile() throws {
    let civicpulse = try binary()
    let directory = try makeTemporaryFolder(prefix: "cp-export")
    let state = try makeMarks(in: directory)
    let log = directory.appendingPathComponent("log.csv").path
    let (status, _, errors) = try run(civicpulse, ["export", "--format", "csv", "--state", state, "--out", log])
    XCTAssertEqual(status, 0, errors)
    XCTAssertTrue(errors.contains("13 marks"), errors)

    let rows = try pythonRows(log)
    let header = try XCTUnwrap(rows.first)
    XCTAssertEqual(header.first, "time_utc")
    XCTAssertEqual(rows.count, 14, "header and 13 marks")
    XCTAssertTrue(rows.allSatisfy { $0.count == header.count }, "every row has \(header.count) cells")
    func column(_ name: String) throws -> Int { try XCTUnwrap(header.firstIndex(of: name), name) }
    let (text, action, team, note, postID) = (
      try column("text"), try column("action"), try column("team"), try column("note"), try column("post_id")
    )
    let byPost = Dictionary(grouping: rows.dropFirst(), by: { $0[postID] })
    XCTAssertEqual(byPost["c2"]?.first?[text], "Pothole on Mill Lane\nstill not fixed after three weeks")
    XCTAssertEqual(byPost["c0"]?.first?[text], "Bins not collected again, \"third\" week running")
    XCTAssertEqual(byPost["c1"]?.first?[action], "escalated")
    XCTAssertEqual(byPost["c1"]?.first?[team], "Roads, north")
    XCTAssertEqual(byPost["n1"]?.first?[text], "Lovely new café in the park 🌳, thanks council")
    XCTAssertEqual(byPost["n1"]?.first?[action], "not-complaint")
    XCTAssertEqual(byPost["c0"]?.map { $0[note] }.sorted(), ["", "called back"])
    // A cell a spreadsheet would run as a formula is prefixed with an apostrophe.
    XCTAssertEqual(byPost["c3"]?.first?[text], "'=SUM(A1) the pothole is still not fixed, again")
    XCTAssertTrue(rows.dropFirst().allSatisfy { $0[0].count >= 19 }, "a time in every row")
  }
}
