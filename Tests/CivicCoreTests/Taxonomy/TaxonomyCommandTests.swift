import XCTest

/// Runs the built `civicpulse` executable (skipped when it has not been built, e.g. `swift build` first).
final class TaxonomyCommandTests: XCTestCase {
  var executable: URL {
    TaxonomyParserTests.packageRoot.appendingPathComponent(".build/debug/civicpulse")
  }

  func run(_ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
    guard FileManager.default.isExecutableFile(atPath: executable.path) else {
      throw XCTSkip("\(executable.path) not built")
    }
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (
      process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self)
    )
  }

  func testCheckAcceptsTheDefaultAndRejectsABrokenFileWithItsLine() throws {
    let good = TaxonomyParserTests.packageRoot.appendingPathComponent("taxonomy/default.toml").path
    let ok = try run(["taxonomy", "check", good])
    XCTAssertEqual(ok.status, 0, ok.err)
    XCTAssertTrue(ok.out.hasPrefix("\(good): ok: 22 services"), ok.out)

    let bad = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(UUID().uuidString).toml")
    try Data("[[service]]\nid = \"a\"\nkeywords = [\"x\"]\n[[service]]\nid = \"a\"\nkeywords = [\"y\"]\n".utf8)
      .write(to: bad)
    defer { try? FileManager.default.removeItem(at: bad) }
    let failed = try run(["taxonomy", "check", bad.path])
    XCTAssertEqual(failed.status, 1)
    XCTAssertEqual(failed.err, "\(bad.path):5: duplicate service id \"a\" (first defined on line 1)\n")
  }

  func testCheckListsEveryProblemNotOnlyTheFirst() throws {
    let bad = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(UUID().uuidString).toml")
    try Data("[[service]]\nid = \"A\"\nkeywords = [\"\"]\nwords = 1\n".utf8).write(to: bad)
    defer { try? FileManager.default.removeItem(at: bad) }
    let failed = try run(["taxonomy", "check", bad.path])
    XCTAssertEqual(failed.status, 1)
    let lines = failed.err.split(separator: "\n").map(String.init)
    guard lines.count == 4 else { return XCTFail("expected three problems and a count:\n\(failed.err)") }
    XCTAssertTrue(lines[0].hasPrefix("\(bad.path):2: id \"A\" must be"), failed.err)
    XCTAssertEqual(lines[1], "\(bad.path):3: empty string in \"keywords\"")
    XCTAssertTrue(lines[2].hasPrefix("\(bad.path):4: unknown key \"words\""), failed.err)
    XCTAssertEqual(lines[3], "\(bad.path): 3 problems")
  }

  func testCheckCountsInWordsForOneService() throws {
    let one = FileManager.default.temporaryDirectory.appendingPathComponent("one-\(UUID().uuidString).toml")
    try Data("[[service]]\nid = \"roads\"\nkeywords = [\"pothole\"]\n".utf8).write(to: one)
    defer { try? FileManager.default.removeItem(at: one) }
    let checked = try run(["taxonomy", "check", one.path])
    XCTAssertEqual(checked.status, 0, checked.err)
    XCTAssertTrue(
      checked.out.hasPrefix(
        "\(one.path): ok: 1 service, 1 term (1 keyword, 0 weak, 0 hashtags, 0 handles, 0 exclusions), "),
      checked.out)
    XCTAssertFalse(checked.out.contains("1 services"), checked.out)
  }

  func testShowPrintsTheDefaultFileExactly() throws {
    let shown = try run(["taxonomy", "show"])
    XCTAssertEqual(shown.status, 0)
    let file = try String(
      contentsOf: TaxonomyParserTests.packageRoot.appendingPathComponent("taxonomy/default.toml"), encoding: .utf8)
    XCTAssertEqual(shown.out, file)
  }

  func testRouteExplainsMatches() throws {
    let routed = try run(["taxonomy", "route", "this phone case is rubbish", "#potholes on Station Road"])
    XCTAssertEqual(routed.status, 0, routed.err)
    // Each line: routing, then the complaint score (built-in model), then a tab and the text.
    let lines = routed.out.split(separator: "\n").map(String.init)
    XCTAssertEqual(lines.count, 2)
    XCTAssertTrue(lines[0].hasPrefix("- | complaint "), lines[0])
    XCTAssertTrue(lines[0].hasSuffix("\tthis phone case is rubbish"), lines[0])
    XCTAssertTrue(lines[1].hasPrefix("roads 3.0 [#potholes, pothole] | complaint "), lines[1])
    XCTAssertTrue(lines[1].hasSuffix("\t#potholes on Station Road"), lines[1])
    // The complaint score with two decimals at most ("0.58", not "0.5765434674059271").
    for line in lines {
      let fields = line.split(separator: "|")[1].split(separator: " ")
      let score = try XCTUnwrap(fields.count > 2 ? String(fields[2]) : nil, line)
      XCTAssertNotNil(Double(score), line)
      XCTAssertLessThanOrEqual(score.split(separator: ".").last?.count ?? 0, 2, line)
    }
  }

  func testRouteSkipsBlankLinesOfStandardInput() throws {
    let input = FileManager.default.temporaryDirectory.appendingPathComponent("route-\(UUID().uuidString).txt")
    try "bins not collected\n\n   \npotholes again\n".write(to: input, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: input) }
    let process = Process()
    process.executableURL = executable
    process.arguments = ["taxonomy", "route"]
    process.standardInput = try FileHandle(forReadingFrom: input)
    let out = Pipe()
    process.standardOutput = out
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    XCTAssertEqual(lines.count, 2, "\(lines)")
    XCTAssertTrue(lines.first?.hasSuffix("\tbins not collected") ?? false, "\(lines)")
    XCTAssertTrue(lines.last?.hasSuffix("\tpotholes again") ?? false, "\(lines)")
  }
}
