import CivicTestSupport
import Foundation
import XCTest

/// Runs the built `civicpulse` binary (`swift build` first) on small inputs.
final class IngestCommandTests: XCTestCase {
  private static let root = CommandRunner.root

  private func binary() throws -> URL { try CommandRunner.civicpulse() }

  /// Runs civicpulse to completion; returns (status, stdout, stderr).
  private func run(_ arguments: [String], stdin: Data? = nil) throws -> (Int32, String, String) {
    try CommandRunner.run(try binary(), arguments, stdin: stdin)
  }

  private func json(_ text: String) throws -> [String: Any] {
    let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
    return try XCTUnwrap(object as? [String: Any], "not a JSON object: \(text)")
  }

  /// Three posts, one invalid UTF-8 line (malformed), one blank line.
  private func sampleInput() -> Data {
    var data = Data("bins not collected again\nbus 42 late\n".utf8)
    data.append(contentsOf: [0xFF, 0xFE, 0x41, 0x0A, 0x0A])
    data.append(Data("street light out \u{1F4A1}\n".utf8))
    return data
  }

  func testReportJSONFollowsTheSchema() throws {
    let file = try makeTemporaryFolder(prefix: "cp-e2e").appendingPathComponent("posts.txt")
    try sampleInput().write(to: file)
    let (status, output, errors) = try run(["report", "--format", "json", file.path])
    XCTAssertEqual(status, 0, errors)
    let lines = output.split(separator: "\n")
    XCTAssertEqual(lines.count, 1)
    let report = try json(String(lines[0]))
    XCTAssertEqual(
      Set(report.keys),
      ["posts", "complaints", "malformed", "duplicates", "first", "last", "sources", "services", "hashtags", "alerts"])
    XCTAssertEqual(report["posts"] as? Int, 3)
    XCTAssertEqual(report["malformed"] as? Int, 1)
    XCTAssertEqual(report["duplicates"] as? Int, 0)
    let sources = try XCTUnwrap(report["sources"] as? [[String: Any]])
    XCTAssertEqual(sources.count, 1)
    XCTAssertEqual(sources[0]["name"] as? String, file.path)
    XCTAssertEqual(sources[0]["posts"] as? Int, 3)
    XCTAssertEqual(sources[0]["malformed"] as? Int, 1)
    XCTAssertNotNil(report["first"] as? String)
  }

  /// A post whose time cannot be real (year 0000, year 2999) counts at its arrival time in `report` and `classify`
  /// alike, and the report says how many: before, year 0000 was the report's first post.
  func testImpossibleEventTimesCountAtArrivalAndAreCounted() throws {
    let file = try makeTemporaryFolder(prefix: "cp-e2e").appendingPathComponent("times.jsonl")
    let lines = [
      #"{"id":"1","text":"Bins not collected","created_at":"0000-10-14T15:06:10.730Z"}"#,
      #"{"id":"2","text":"Streetlight out","created_at":"2024-05-10T09:00:00Z"}"#,
      #"{"id":"3","text":"Bus late","created_at":"2999-01-01T00:00:00Z"}"#,
    ]
    try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: file)
    let started = Date()
    let (status, output, errors) = try run(["report", file.path])
    XCTAssertEqual(status, 0, errors)
    XCTAssertTrue(output.contains("Bad times:   2 (before 2000 or over a day ahead: counted at arrival time)"), output)
    XCTAssertTrue(output.contains("First post:  2024-05-10T09:00:00.000Z"), output)
    XCTAssertTrue(output.contains("3 posts, 0 malformed, 2 bad times"), output)
    let (_, classified, _) = try run(["classify", file.path])
    let times = try classified.split(separator: "\n").map { try json(String($0))["created_at"] as? String ?? "" }
    XCTAssertEqual(times[1], "2024-05-10T09:00:00.000Z")
    for time in [times[0], times[2]] {
      let year = Int(time.prefix(4)) ?? 0
      XCTAssertEqual(year, Calendar(identifier: .gregorian).component(.year, from: started), "arrival time: \(time)")
    }
  }

  func testJSONOnlyCountsTextLinesAsMalformedAndRefusesCSVColumns() throws {
    let file = try makeTemporaryFolder(prefix: "cp-e2e").appendingPathComponent("collector.jsonl")
    let lines = [#"{"text":"Bins not collected again","id":"1"}"#, "<html><body>502 Bad Gateway</body></html>"]
    try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: file)
    let (status, output, errors) = try run(["report", "--format", "json", "--json-only", file.path])
    XCTAssertEqual(status, 0, errors)
    let report = try json(output.trimmingCharacters(in: .whitespacesAndNewlines))
    XCTAssertEqual(report["posts"] as? Int, 1)
    XCTAssertEqual(report["malformed"] as? Int, 1)
    let (refused, _, message) = try run(["report", "--json-only", "--csv-columns", "text=1", file.path])
    XCTAssertEqual(refused, 64)
    XCTAssertTrue(message.contains("--json-only and --csv-columns cannot be used together"), message)
  }

  func testReportReadsStdinAndPrintsText() throws {
    let (status, output, errors) = try run(["report"], stdin: sampleInput())
    XCTAssertEqual(status, 0, errors)
    XCTAssertTrue(output.contains("Posts:       3"), output)
    XCTAssertTrue(output.contains("Malformed:   1"), output)
    XCTAssertTrue(output.contains("stdin:3: invalid UTF-8"), output)
  }

  func testReportOnMissingFileFailsClearly() throws {
    let (status, _, errors) = try run(["report", "/nonexistent/posts.json"])
    XCTAssertEqual(status, 64)
    XCTAssertTrue(errors.contains("Error: cannot read /nonexistent/posts.json"), errors)
    XCTAssertFalse(errors.contains("Usage:"), "a run-time error, no usage line: \(errors)")
  }

  /// polish19: the name of a file that cannot be read reached the terminal with its escape sequences.
  func testMissingFileNameIsShownWithVisibleSymbols() throws {
    let (status, _, errors) = try run(["report", "/nonexistent/a\u{1B}[2Jb.jsonl"])
    XCTAssertEqual(status, 64)
    XCTAssertTrue(errors.contains("Error: cannot read /nonexistent/a␛[2Jb.jsonl"), errors)
    XCTAssertFalse(errors.unicodeScalars.contains("\u{1B}"), errors)
  }

  func testNegativeNumbersAreRefusedWithTheirOwnMessage() throws {
    for (arguments, message) in [
      (["watch", "--demo", "--keep", "-5"], "--keep must be at least 1"),
      (["watch", "--demo", "--demo-rate", "-1"], "--demo-rate must be between 0 and 100000"),
      (["watch", "--headless", "--stats-every", "-2", "-"], "--stats-every must be positive"),
      (["watch", "--headless", "--stats-every", "nan", "-"], "--stats-every must be positive"),
      // These crashed (a Double too large for an Int) before the check.
      (["watch", "--headless", "--stats-every", "inf", "-"], "--stats-every must be at most 31536000 seconds"),
      (["watch", "--headless", "--stats-every", "1e308", "-"], "--stats-every must be at most 31536000 seconds"),
    ] {
      let (status, _, errors) = try run(arguments, stdin: Data())
      XCTAssertEqual(status, 64, "\(arguments)")
      XCTAssertTrue(errors.contains(message), "\(arguments): \(errors)")
    }
  }

  func testBadCSVColumnsAreRefused() throws {
    let (status, _, errors) = try run(["report", "--csv-columns", "author=2", "-"], stdin: Data())
    XCTAssertNotEqual(status, 0)
    XCTAssertTrue(errors.contains("text column is required"), errors)
  }

  func testClassifyPrintsOneJSONLinePerPost() throws {
    let file = try makeTemporaryFolder(prefix: "cp-e2e").appendingPathComponent("posts.txt")
    try sampleInput().write(to: file)
    let (status, output, errors) = try run(["classify", file.path])
    XCTAssertEqual(status, 0, errors)
    let lines = output.split(separator: "\n").map(String.init)
    XCTAssertEqual(lines.count, 3)
    let first = try json(lines[0])
    XCTAssertEqual(
      Set(first.keys),
      ["id", "platform", "author", "created_at", "text", "hashtags", "services", "complaint", "complaint_score", "why"])
    XCTAssertEqual(first["text"] as? String, "bins not collected again")
    XCTAssertEqual(try json(lines[2])["text"] as? String, "street light out \u{1F4A1}")
  }

  /// Compresses `file` with the system gzip, keeping it; the `.gz` file's URL.
  private func gzip(_ file: URL) throws -> URL {
    let gzip = Process()
    gzip.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    gzip.arguments = ["gzip", "-k", file.path]
    try gzip.run()
    gzip.waitUntilExit()
    guard gzip.terminationStatus == 0 else { throw XCTSkip("gzip is not available") }
    return URL(fileURLWithPath: file.path + ".gz")
  }

  func testReportReadsGzip() throws {
    let dir = try makeTemporaryFolder(prefix: "cp-e2e")
    let file = dir.appendingPathComponent("posts.txt")
    try sampleInput().write(to: file)
    let (status, output, errors) = try run(["report", "--format", "json", try gzip(file).path])
    XCTAssertEqual(status, 0, errors)
    XCTAssertEqual(try json(output)["posts"] as? Int, 3)
  }

  /// `gzip -c f | civicpulse report -` (and `watch --headless -`): gzip data on stdin is inflated as `.gz` files
  /// are, not read as malformed "invalid UTF-8" records (QA4).
  func testReportAndHeadlessWatchInflateGzipOnStdin() throws {
    let dir = try makeTemporaryFolder(prefix: "cp-e2e")
    let file = dir.appendingPathComponent("posts.txt")
    try sampleInput().write(to: file)
    let compressed = try Data(contentsOf: try gzip(file))
    let (plainStatus, plainOutput, plainErrors) = try run(["report", "--format", "json", "-"], stdin: sampleInput())
    XCTAssertEqual(plainStatus, 0, plainErrors)
    let (status, output, errors) = try run(["report", "--format", "json", "-"], stdin: compressed)
    XCTAssertEqual(status, 0, errors)
    let report = try json(output)
    XCTAssertEqual(report["posts"] as? Int, 3)
    XCTAssertEqual(report["malformed"] as? Int, try json(plainOutput)["malformed"] as? Int, "as the plain input")
    let (watchStatus, watchOutput, watchErrors) = try run(["watch", "--headless", "-"], stdin: compressed)
    XCTAssertEqual(watchStatus, 0, watchErrors)
    let last = try json(try XCTUnwrap(watchOutput.split(separator: "\n").last.map(String.init)))
    XCTAssertEqual(last["posts"] as? Int, 3)
  }

  /// `report` over real samples in ../shared/formats: posts are unique ids, repeats are duplicates. Expected
  /// counts computed independently (F = the file):
  /// - twitter-v1.1/lines.json: 71 posts, 1 duplicate, 0 malformed —
  ///   `ids=[json.loads(l)["id_str"] for l in open(F) if l.strip()]; len(set(ids)), len(ids)-len(set(ids))`
  /// - twitter-v1.1/api-stream-small.json.gz: 681 posts — the same over `gzip.open(F)`
  /// - mastodon/malformed.json: 48 posts, 1 duplicate (by `uri`), 1 malformed — one status per line,
  ///   `json.loads` fails on one line
  /// - twitter-v2/streaming_output_with_error.jsonl: 7 posts, 1 malformed — `data` objects by `id`
  func testReportOnSharedSamplesCountsUniquePosts() throws {
    let formats = Self.root.deletingLastPathComponent().appendingPathComponent("shared/formats")
    guard FileManager.default.fileExists(atPath: formats.path) else {
      throw XCTSkip("../shared/formats is not present beside the package")
    }
    let expected: [(String, Int, Int, Int)] = [
      ("twitter-v1.1/lines.json", 71, 1, 0),
      ("twitter-v1.1/api-stream-small.json.gz", 681, 0, 0),
      ("mastodon/malformed.json", 48, 1, 1),
      ("twitter-v2/streaming_output_with_error.jsonl", 7, 0, 1),
    ]
    for (file, posts, duplicates, malformed) in expected {
      let (status, output, errors) = try run(["report", "--format", "json", formats.appendingPathComponent(file).path])
      XCTAssertEqual(status, 0, "\(file): \(errors)")
      let report = try json(output)
      XCTAssertEqual(report["posts"] as? Int, posts, file)
      XCTAssertEqual(report["duplicates"] as? Int, duplicates, file)
      XCTAssertEqual(report["malformed"] as? Int, malformed, file)
    }
  }

  /// Starts `watch --headless --stats-every 0.1 PATH`; its report lines collect in the returned buffer.
  private func startHeadless(_ path: String) throws -> (Process, Pipe, LineBuffer) {
    try HeadlessProcess.start(self, try binary(), ["watch", "--headless", "--stats-every", "0.1", path])
  }

  /// Sends `signal` (SIGTERM unless told), checks for a clean exit and returns the final report.
  private func stopHeadless(
    _ process: Process, _ out: Pipe, _ lines: LineBuffer, signal: Int32 = SIGTERM
  ) throws -> [String: Any] {
    kill(process.processIdentifier, signal)
    waitFor("civicpulse to exit") { !process.isRunning }
    XCTAssertEqual(process.terminationStatus, 0)
    out.fileHandleForReading.readabilityHandler = nil
    lines.append(out.fileHandleForReading.readDataToEndOfFile())
    return try json(try XCTUnwrap(lines.all.last))
  }

  func testHeadlessFollowsAFileAndExitsOnSIGTERM() throws {
    let file = try makeTemporaryFolder(prefix: "cp-e2e").appendingPathComponent("live.txt")
    try "first\n".write(to: file, atomically: false, encoding: .utf8)
    let (process, out, lines) = try startHeadless(file.path)
    waitFor("the first post") { lines.all.contains { $0.contains("\"posts\":1,") } }
    let handle = try FileHandle(forWritingTo: file)
    try handle.seekToEnd()
    try handle.write(contentsOf: Data("second\nthird\n".utf8))
    try handle.close()
    waitFor("the appended posts") { lines.all.contains { $0.contains("\"posts\":3,") } }
    XCTAssertEqual(try stopHeadless(process, out, lines)["posts"] as? Int, 3)
  }

  /// A hang-up (the SSH session or terminal went away) ends the service like SIGTERM: exit 0 and a final report
  /// line. It used to kill the process with no report (QA4).
  func testHeadlessPrintsItsFinalReportOnSIGHUP() throws {
    let file = try makeTemporaryFolder(prefix: "cp-e2e").appendingPathComponent("hup.txt")
    try "first\nsecond\n".write(to: file, atomically: false, encoding: .utf8)
    let (process, out, lines) = try startHeadless(file.path)
    waitFor("both posts") { lines.all.contains { $0.contains("\"posts\":2,") } }
    XCTAssertEqual(try stopHeadless(process, out, lines, signal: SIGHUP)["posts"] as? Int, 2)
  }

  /// A whole-document JSON file with no final newline (as most API dumps are) is read while followed.
  func testHeadlessReadsAJSONDocumentWithoutAFinalNewline() throws {
    let file = try makeTemporaryFolder(prefix: "cp-e2e").appendingPathComponent("page.json")
    let page = """
      {
        "data": [
          {"id": "11", "text": "bins not collected", "author_id": "7"},
          {"id": "12", "text": "pothole on main road", "author_id": "7"}
        ],
        "includes": {"users": [{"id": "7", "username": "resident"}]}
      }
      """
    try page.write(to: file, atomically: false, encoding: .utf8)
    let (process, out, lines) = try startHeadless(file.path)
    waitFor("both posts while following") { lines.all.contains { $0.contains("\"posts\":2,") } }
    let final = try stopHeadless(process, out, lines)
    XCTAssertEqual(final["posts"] as? Int, 2)
    XCTAssertEqual(final["malformed"] as? Int, 0)
  }

  /// One truncated JSON line costs one malformed record; a stray quote in a CSV cell costs nothing.
  func testReportKeepsRecordsAfterATruncatedLineAndAStrayCSVQuote() throws {
    let directory = try makeTemporaryFolder(prefix: "cp-e2e")
    let jsonl = directory.appendingPathComponent("tr3.jsonl")
    var lines = #"{"data":{"id":"x","# + "\n"
    for i in 1...3 { lines += #"{"data":{"id":"v\#(i)","text":"pothole \#(i)","author_id":"1"}}"# + "\n" }
    try lines.write(to: jsonl, atomically: false, encoding: .utf8)
    let (status, output, errors) = try run(["report", "--format", "json", jsonl.path])
    XCTAssertEqual(status, 0, errors)
    let report = try json(output)
    XCTAssertEqual(report["posts"] as? Int, 3)
    XCTAssertEqual(report["malformed"] as? Int, 1)

    let csv = directory.appendingPathComponent("q.csv")
    try "text,author\nsays 5\" of snow on the road,a\n\"bins not collected\",b\n\"pothole on main road\",c\n".write(
      to: csv, atomically: false, encoding: .utf8)
    let (csvStatus, csvOutput, csvErrors) = try run(["report", "--format", "json", csv.path])
    XCTAssertEqual(csvStatus, 0, csvErrors)
    let csvReport = try json(csvOutput)
    XCTAssertEqual(csvReport["posts"] as? Int, 3)
    XCTAssertEqual(csvReport["malformed"] as? Int, 0)
  }

  /// `watch --headless --replay` of a 2024 archive: the alerts count on the replay's clock, so the archive's
  /// incident is logged, with the start and peak `report` finds in the same file, at any speed (before, the
  /// wall clock made every post too old; and at a second a tick, 3000x counted posts minutes ahead at the tick).
  func testHeadlessReplayOfAnArchiveLogsTheAlertsReportFinds() throws {
    for format in [IncidentFixture.Format.json, .twitterV2] {
      let (alerts, records) = try replayAndReport(format: format, oneAccount: false)
      XCTAssertEqual(alerts.count, 1, "\(format): \(alerts)")
      let expected = try XCTUnwrap(alerts.first)
      let started = try XCTUnwrap(records.first { $0["event"] as? String == "started" }, "\(format): \(records)")
      XCTAssertEqual(started["service"] as? String, "water")
      // The log writes whole seconds ("…:00Z"), the report milliseconds ("…:00.000Z").
      func second(_ value: Any?) -> String { String((value as? String ?? "").prefix(19)) }
      XCTAssertEqual(second(started["start"]), second(expected["start"]), "\(format)")
      XCTAssertEqual(records.compactMap { $0["complaints"] as? Int }.max(), expected["complaints"] as? Int, "\(format)")
      // (The archive ends during the incident: the report ends it after the file's last minute, while the live
      // log, which cannot know that no more posts will come, leaves it active.)
    }

    // The demo's posts are timed now: a dashboard cannot follow them and a replay's clock at once.
    let directory = try makeTemporaryFolder(prefix: "cp-e2e")
    let (_, feed) = try IncidentFixture.write(into: directory, endingAt: 1_715_333_400)
    let (demoStatus, _, demoErrors) = try run(["watch", "--demo", "--replay", "60", feed])
    XCTAssertEqual(demoStatus, 64)
    XCTAssertTrue(demoErrors.contains("use one or the other"), demoErrors)
  }

  /// The same 40 complaints from one account are one angry resident, not a failed service: neither `report` nor
  /// `watch --headless` alerts, whether the author is a name (generic JSON) or an id (Twitter v2, which `report`
  /// decodes without looking the username up).
  func testOneAccountsBurstAlertsNeitherInReportNorHeadless() throws {
    for format in [IncidentFixture.Format.json, .twitterV2] {
      let (alerts, records) = try replayAndReport(format: format, oneAccount: true)
      XCTAssertEqual(alerts.count, 0, "\(format): \(alerts)")
      XCTAssertEqual(records.count, 0, "\(format): \(records)")
    }
  }

  /// `report`'s alerts and `watch --headless --replay 3000`'s alert log for the incident fixture (an archive
  /// ending 2024-05-10 09:30Z).
  private func replayAndReport(format: IncidentFixture.Format, oneAccount: Bool) throws
    -> (alerts: [[String: Any]], records: [[String: Any]])
  {
    let directory = try makeTemporaryFolder(prefix: "cp-e2e")
    let (taxonomy, feed) = try IncidentFixture.write(
      into: directory, endingAt: 1_715_333_400, format: format, oneAccount: oneAccount)
    let (reportStatus, reportOutput, reportErrors) = try run([
      "report", "--format", "json", "--taxonomy", taxonomy, feed,
    ])
    XCTAssertEqual(reportStatus, 0, reportErrors)
    let report = try json(reportOutput)
    XCTAssertEqual(report["posts"] as? Int, 90, reportOutput)
    let alerts = try XCTUnwrap(report["alerts"] as? [[String: Any]])
    let log = directory.appendingPathComponent("alerts.jsonl").path
    let (status, _, errors) = try run(
      [
        "watch", "--headless", "--replay", "3000", "--stats-every", "60", "--taxonomy", taxonomy, "--alert-log", log,
        "-",
      ],
      stdin: try Data(contentsOf: URL(fileURLWithPath: feed)))
    XCTAssertEqual(status, 0, errors)
    let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
    return (alerts, try text.split(separator: "\n").map { try json(String($0)) })
  }

  /// `watch --headless --alert-log --on-alert`: a server without a screen still gets the live alerts.
  func testHeadlessDeliversLiveAlertsToTheLogAndTheCommand() throws {
    let directory = try makeTemporaryFolder(prefix: "cp-e2e")
    let (taxonomy, feed) = try IncidentFixture.write(into: directory)
    let log = directory.appendingPathComponent("alerts.jsonl").path
    let hook = directory.appendingPathComponent("hook.json").path

    let process = Process()
    process.executableURL = try binary()
    process.arguments = [
      "watch", "--headless", "--stats-every", "60", "--taxonomy", taxonomy, "--alert-log", log,
      "--on-alert", "cat > '\(hook)'", feed,
    ]
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    addTeardownBlock { if process.isRunning { process.terminate() } }
    func contents(_ path: String) -> String { (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }
    waitFor("the alert log", timeout: 30) { contents(log).contains("\"event\":\"started\"") }
    let first = try XCTUnwrap(contents(log).split(separator: "\n").first.map(String.init))
    let record = try json(first)
    XCTAssertEqual(record["service"] as? String, "water")
    XCTAssertGreaterThanOrEqual(record["complaints"] as? Int ?? 0, 3)
    waitFor("the --on-alert command", timeout: 20) { contents(hook).contains("\"service\":\"water\"") }
    kill(process.processIdentifier, SIGTERM)
    waitFor("civicpulse to exit") { !process.isRunning }
    XCTAssertEqual(process.terminationStatus, 0)

    // The demo feed is for the dashboard: refused with a message that says so.
    let (demoStatus, _, demoErrors) = try run(["watch", "--headless", "--demo"])
    XCTAssertEqual(demoStatus, 64)
    XCTAssertTrue(demoErrors.contains("--demo is for the dashboard"), demoErrors)
    // The bell needs a terminal: refused, with the outputs that do work named.
    let (status, _, errors) = try run(["watch", "--headless", "--bell", feed])
    XCTAssertEqual(status, 64)
    XCTAssertTrue(errors.contains("--alert-log"), errors)
    // The screen's other options are refused too, not silently ignored.
    for option in [["--wall"], ["--theme", "nord"], ["--no-color"], ["--follow-filter"]] {
      let (optionStatus, _, optionErrors) = try run(["watch", "--headless"] + option + [feed])
      XCTAssertEqual(optionStatus, 64, option[0])
      XCTAssertTrue(optionErrors.contains("\(option[0]) needs the dashboard; --headless has no screen"), optionErrors)
    }
  }

  func testHeadlessRefusesBadSocketOptions() throws {
    let file = try makeTemporaryFolder(prefix: "cp-e2e").appendingPathComponent("not-a-socket")
    try "data".write(to: file, atomically: false, encoding: .utf8)
    let (status, _, errors) = try run(["watch", "--headless", "--socket", file.path])
    XCTAssertNotEqual(status, 0)
    XCTAssertTrue(errors.contains("is not a socket"), errors)
    XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), "data", "the file is left alone")
    let (modeStatus, _, modeErrors) = try run(["watch", "--headless", "--socket", file.path, "--socket-mode", "999"])
    XCTAssertNotEqual(modeStatus, 0)
    XCTAssertTrue(modeErrors.contains("--socket-mode"), modeErrors)
  }

  func testHeadlessOnStdinEndsWithTheInput() throws {
    let (status, output, errors) = try run(["watch", "--headless", "-"], stdin: sampleInput())
    XCTAssertEqual(status, 0, errors)
    let report = try json(try XCTUnwrap(output.split(separator: "\n").last.map(String.init)))
    XCTAssertEqual(report["posts"] as? Int, 3)
    XCTAssertEqual(report["malformed"] as? Int, 1)
  }

  func testHeadlessSocketCountsEveryPostFromTwentyClients() throws {
    let dir = try makeTemporaryFolder(prefix: "cp-e2e")
    let socketPath = dir.appendingPathComponent("cp.sock").path
    let (process, out, lines) = try HeadlessProcess.start(
      self, try binary(), ["watch", "--headless", "--socket", socketPath, "--stats-every", "0.2"])
    waitFor("the socket") { FileManager.default.fileExists(atPath: socketPath) }

    let clients = 20
    let postsPerClient = 100
    let malformedPerClient = 5
    DispatchQueue.concurrentPerform(iterations: clients) { client in
      guard let connection = TestSocket(path: socketPath) else { return XCTFail("client \(client) cannot connect") }
      var bytes: [UInt8] = []
      for i in 0..<postsPerClient {
        bytes += Array("client \(client) says bins missed, post \(i)\n".utf8)
        if i % (postsPerClient / malformedPerClient) == 0 { bytes += [0xC3, 0x28, 0xFF, 0x0A] }
      }
      connection.send(bytes)
      connection.close()
    }
    let expectedPosts = clients * postsPerClient
    let expectedMalformed = clients * malformedPerClient
    waitFor("a report line with every post", timeout: 30) {
      lines.all.contains {
        $0.contains("\"posts\":\(expectedPosts),") && $0.contains("\"malformed\":\(expectedMalformed),")
      }
    }
    kill(process.processIdentifier, SIGINT)
    waitFor("civicpulse to exit") { !process.isRunning }
    XCTAssertEqual(process.terminationStatus, 0)
    out.fileHandleForReading.readabilityHandler = nil
    lines.append(out.fileHandleForReading.readDataToEndOfFile())
    let final = try json(try XCTUnwrap(lines.all.last))
    XCTAssertEqual(final["posts"] as? Int, expectedPosts)
    XCTAssertEqual(final["malformed"] as? Int, expectedMalformed)
    XCTAssertEqual(final["duplicates"] as? Int, 0)
    XCTAssertFalse(FileManager.default.fileExists(atPath: socketPath), "socket removed on exit")
  }
}

/// Complete lines received from a child process's stdout.
final class LineBuffer: @unchecked Sendable {
  private let lock = NSLock()
  private var pending = Data()
  private var lines: [String] = []

  func append(_ data: Data) {
    lock.lock()
    defer { lock.unlock() }
    pending.append(data)
    while let newline = pending.firstIndex(of: 0x0A) {
      lines.append(String(decoding: pending[pending.startIndex..<newline], as: UTF8.self))
      pending.removeSubrange(pending.startIndex...newline)
    }
  }

  var all: [String] {
    lock.lock()
    defer { lock.unlock() }
    return lines
  }
}

/// A connected Unix socket client.
final class TestSocket {
  let fd: Int32

  init?(path: String) {
    fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
    guard fd >= 0 else { return nil }
    var address = sockaddr_un()
    address.sun_family = sa_family_t(AF_UNIX)
    withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: Array(path.utf8) + [0]) }
    let result = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
      }
    }
    guard result == 0 else {
      Glibc.close(fd)
      return nil
    }
  }

  func send(_ bytes: [UInt8]) {
    var offset = 0
    while offset < bytes.count {
      let n = bytes.withUnsafeBytes {
        Glibc.send(fd, $0.baseAddress! + offset, bytes.count - offset, Int32(MSG_NOSIGNAL))
      }
      if n <= 0 { return }
      offset += n
    }
  }

  func close() { Glibc.close(fd) }
}
