import Foundation
import XCTest

@testable import CivicCore

/// The hand-written files beside the built-in model's corpus: the three dev sets and the sixth round's
/// `handwritten.csv` must parse cleanly (every row two cells, a 0/1 label), and no hand-written training post may
/// repeat a dev-set post, or the dev sets would stop being an independent check.
final class BuiltinModelCorpusTests: XCTestCase {
  private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  private static let devSets = ["corpus/dev-set.csv", "corpus/dev-generic.csv", "corpus/dev-threads.csv"]

  private func read(_ relative: String) throws -> [UInt8] {
    let url = Self.root.appendingPathComponent(relative)
    guard let data = FileManager.default.contents(atPath: url.path) else {
      throw XCTSkip("\(relative) not found beside the package (\(url.path))")
    }
    return [UInt8](data)
  }

  /// Parses a `text,label` file, failing on any row that is not exactly two cells or has a bad label.
  private func examples(_ relative: String) throws -> [LabelledText] {
    let bytes = try read(relative)
    let parsed = LabelledCSV.rows(bytes)
    XCTAssertEqual(parsed.bad, [], relative)
    let wide = parsed.rows.filter { $0.cells.count != 2 }.map(\.line)
    XCTAssertEqual(wide, [], "\(relative): rows whose text holds an unquoted comma")
    let result = LabelledCSV.examples(bytes, textColumn: 0, labelColumn: 1)
    XCTAssertEqual(result.bad, [], relative)
    XCTAssertTrue(result.headerSkipped, relative)
    XCTAssertEqual(result.examples.count, parsed.rows.count - 1, relative)
    return result.examples
  }

  private func key(_ text: String) -> String {
    text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  func testDevSetsParseCleanly() throws {
    let counts = try Self.devSets.map { try examples($0).count }
    XCTAssertEqual(counts, [222, 206, 176])
  }

  func testHandwrittenPostsParseAndRepeatNoDevSetPost() throws {
    let posts = try examples("corpus/handwritten.csv")
    XCTAssertGreaterThanOrEqual(posts.count, 1500)
    let complaints = posts.filter(\.complaint).count
    XCTAssertGreaterThan(complaints, posts.count / 3)
    XCTAssertLessThan(complaints, posts.count / 2)
    XCTAssertEqual(Set(posts.map { key($0.text) }).count, posts.count, "handwritten.csv repeats a post")
    var dev = Set<String>()
    for file in Self.devSets { dev.formUnion(try examples(file).map { key($0.text) }) }
    let shared = posts.map { key($0.text) }.filter { dev.contains($0) }
    XCTAssertEqual(shared, [], "handwritten.csv repeats dev-set posts")
  }
}
