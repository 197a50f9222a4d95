import CivicCore
import Foundation
import XCTest

final class TriageExportTests: XCTestCase {
  private typealias F = FilterFixtures

  private func entries() -> [TriageLogEntry] {
    let post = TriagedPost(F.post("p1", text: "=cmd|' /C calc'!A0, \"really\"\nsecond line", services: ["water"]))
    return [
      TriageLogEntry(mark: F.mark(1, "p1", .escalated, team: "water ops", officer: "ana"), post: post),
      TriageLogEntry(mark: F.mark(2, "p1", .note, note: "-rang back", officer: "ben"), post: post),
      TriageLogEntry(mark: F.mark(3, "gone", .handled), post: nil),
    ]
  }

  func testLogCSVReadsBackWithDefusedFormulas() throws {
    let text = TriageLogExporter.csv(entries())
    XCTAssertTrue(text.hasSuffix("\r\n"))
    let rows = try CSVTestReader.rows(text)
    XCTAssertEqual(rows.count, 4)
    XCTAssertEqual(rows[0], TriageLogExporter.csvHeader)
    XCTAssertTrue(rows.allSatisfy { $0.count == TriageLogExporter.csvHeader.count })
    let first = Dictionary(uniqueKeysWithValues: zip(rows[0], rows[1]))
    XCTAssertEqual(first["time_utc"], "2026-11-27 00:00:01")
    XCTAssertEqual(first["officer"], "ana")
    XCTAssertEqual(first["action"], "escalated")
    XCTAssertEqual(first["team"], "water ops")
    XCTAssertEqual(first["post_id"], "p1")
    XCTAssertEqual(first["author"], "residentp1")
    XCTAssertEqual(first["service"], "water")
    XCTAssertEqual(first["text"], "'=cmd|' /C calc'!A0, \"really\"\nsecond line")
    XCTAssertEqual(first["complaint_score"], "0.900")
    XCTAssertEqual(Dictionary(uniqueKeysWithValues: zip(rows[0], rows[2]))["note"], "'-rang back")
    XCTAssertEqual(Dictionary(uniqueKeysWithValues: zip(rows[0], rows[3]))["text"], "", "missing post: empty cells")
  }

  func testLogJSONKeepsEverything() throws {
    let data = Data(TriageLogExporter.json(entries()).utf8)
    let rows = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [[String: Any]])
    XCTAssertEqual(rows.count, 3)
    XCTAssertEqual(rows[0]["action"] as? String, "escalated")
    XCTAssertEqual(rows[0]["time"] as? String, "2026-11-27T00:00:01.000Z")
    XCTAssertEqual(rows[0]["time_ms"] as? Int64, F.midnight + 1_000)
    let post = try XCTUnwrap(rows[0]["post"] as? [String: Any])
    XCTAssertEqual(post["text"] as? String, "=cmd|' /C calc'!A0, \"really\"\nsecond line", "JSON text is verbatim")
    XCTAssertEqual(post["service"] as? String, "water")
    XCTAssertNil(rows[2]["post"])
  }

  func testLabelsFromLatestEffectiveStatus() throws {
    let marks = [
      F.mark(1, "a", .handled), F.mark(2, "b", .escalated), F.mark(3, "c", .notComplaint),
      F.mark(4, "d", .note, note: "only a note"), F.mark(5, "e", .handled), F.mark(6, "e", .undo, undoes: 5),
      F.mark(7, "a", .notComplaint),
    ]
    let states = Dictionary(grouping: marks, by: \.postID).compactMapValues(TriageState.reduce)
    var posts: [String: TriagedPost] = [:]
    for id in ["a", "b", "c", "d", "e"] {
      posts[id] = TriagedPost(F.post(id, text: "text of \(id)\nwith, comma"))
    }
    let rows = LabelExporter.rows(states: states, posts: posts)
    XCTAssertEqual(rows.map(\.text), ["text of b with, comma", "text of c with, comma", "text of a with, comma"])
    XCTAssertEqual(rows.map(\.label), [1, 0, 0])
    let csv = LabelExporter.csv(rows)
    XCTAssertTrue(csv.hasPrefix("text,label\n"))
    XCTAssertFalse(csv.contains("\r"))
    let parsed = try CSVTestReader.rows(csv)
    XCTAssertEqual(parsed.count, 4)
    XCTAssertEqual(parsed[1], ["text of b with, comma", "1"])
    XCTAssertTrue(parsed.dropFirst().allSatisfy { $0.count == 2 && ($0[1] == "0" || $0[1] == "1") })
  }

  func testLabelTextIsWrittenAsIsForTrainButTheLogKeepsTheFormulaGuard() throws {
    let texts = ["-2+3 street light out", "=SUM(A1) bins, \"again\"", "@council fix the road", "+1 potholes"]
    var posts: [String: TriagedPost] = [:]
    var marks: [TriageMark] = []
    for (i, text) in texts.enumerated() {
      posts["p\(i)"] = TriagedPost(F.post("p\(i)", text: text))
      marks.append(F.mark(Int64(i + 1), "p\(i)", .handled))
    }
    let states = Dictionary(grouping: marks, by: \.postID).compactMapValues(TriageState.reduce)
    let csv = LabelExporter.csv(LabelExporter.rows(states: states, posts: posts))
    XCTAssertTrue(csv.contains("\n-2+3 street light out,1\n"), csv)
    XCTAssertFalse(csv.contains("'"), csv)
    // `train` reads back exactly the posts' texts.
    let read = LabelledCSV.examples(Array(csv.utf8), textColumn: 0, labelColumn: 1, header: .present, labels: .binary)
    XCTAssertEqual(read.examples.map(\.text), texts)
    XCTAssertEqual(read.bad.count, 0)
    // The triage log is for spreadsheets: it still guards formulas.
    XCTAssertEqual(CSVWriter.field("-2+3 street light out"), "'-2+3 street light out")
  }
}
