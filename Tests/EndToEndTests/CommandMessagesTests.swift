import CivicTestSupport
import Foundation
import XCTest

/// The QA findings on the commands' messages: singular counts, AUC with one class and with --folds, options that
/// do nothing refused (exit 64), a directory given to `report`, `export` before any triage, and the help texts.
final class CommandMessagesTests: XCTestCase {
  private func run(_ arguments: [String], stdin: Data? = nil) throws -> (Int32, String, String) {
    try CommandRunner.run(try CommandRunner.civicpulse(), arguments, stdin: stdin)
  }

  private func write(_ text: String, _ name: String, in directory: URL) throws -> String {
    let url = directory.appendingPathComponent(name)
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url.path
  }

  private let fourTexts = """
    text,label
    bins not collected again,1
    lovely afternoon in the park,0
    road full of potholes and nobody fixes it,1
    thanks for the quick fix,0

    """

  func testAMisspeltCommandIsNotTakenForAFileToWatch() throws {
    // `watch` is the default command: `civicpulse reprot feed.jsonl` opened a dashboard waiting for a file
    // named "reprot".
    for (typed, meant) in [("reprot", "report"), ("clasify", "classify"), ("evl", "eval"), ("taxonmy", "taxonomy")] {
      let (status, _, errors) = try run([typed, "feed.jsonl"], stdin: Data())
      XCTAssertEqual(status, 64, typed)
      XCTAssertTrue(errors.contains("did you mean `civicpulse \(meant)`?"), "\(typed): \(errors)")
      XCTAssertTrue(errors.contains("./\(typed)"), "says how to follow such a file: \(errors)")
    }
    // A path, or a name near no command, is still a file to follow: these fail later, on --stats-every.
    for file in ["./reprot", "feed-of-the-day", "tail"] {
      let (status, _, errors) = try run(["--headless", "--stats-every", "0", file], stdin: Data())
      XCTAssertEqual(status, 64, file)
      XCTAssertTrue(errors.contains("--stats-every must be positive"), "\(file): \(errors)")
    }
  }

  func testWatchRefusesADirectoryAsReportDoes() throws {
    let directory = try makeTemporaryFolder(prefix: "cp-e2e")
    for arguments in [["watch", directory.path], ["watch", "--headless", directory.path]] {
      let (status, _, errors) = try run(arguments, stdin: Data())
      XCTAssertEqual(status, 64, "\(arguments)")
      XCTAssertTrue(
        errors.contains("\(directory.path) is a directory: give the files to follow (e.g. \(directory.path)/*.jsonl)"),
        errors)
    }
  }

  func testReportAndEvalSayOneNotOnes() throws {
    let directory = try makeTemporaryFolder(prefix: "cp-e2e")
    let feed = try write(
      #"{"data":{"id":"1","text":"bins not collected in the park, disgusting","author_id":"1"}}"# + "\n", "one.jsonl",
      in: directory)
    let (status, output, _) = try run(["report", feed])
    XCTAssertEqual(status, 0)
    XCTAssertTrue(output.contains("one.jsonl: 1 post, 0 malformed"), output)
    XCTAssertTrue(output.contains("(waste): 1 post, 1 complaint"), output)

    let labels = try write("text,label\nbins not collected,1\n", "one0.csv", in: directory)
    let (evalStatus, evalOutput, evalErrors) = try run(["eval", "--labels", labels])
    XCTAssertEqual(evalStatus, 0, evalErrors)
    XCTAssertTrue(evalErrors.contains("one0.csv: 1 example (1 complaint, 0 not), 0 bad rows"), evalErrors)
    XCTAssertTrue(evalOutput.contains("ROC AUC    n/a (one class)"), evalOutput)
    // With --folds each fold would train on one class (as `train` refuses to) and print accuracy 1.0000.
    let ones = try write(
      "text,label\nbins not collected,1\nroad full of potholes,1\nbus late again,1\n", "ones.csv", in: directory)
    let (foldsStatus, foldsOutput, foldsErrors) = try run(["eval", "--labels", ones, "--folds", "2"])
    XCTAssertEqual(foldsStatus, 1, foldsErrors)
    XCTAssertTrue(
      foldsErrors.contains("cannot cross-validate train on '\(ones)': 3 complaints and 0 other texts"), foldsErrors)
    XCTAssertFalse(foldsOutput.contains("accuracy"), foldsOutput)
  }

  func testEvalWithFoldsPrintsPooledAUCAndLogLoss() throws {
    let labels = try write(fourTexts, "four.csv", in: try makeTemporaryFolder(prefix: "cp-e2e"))
    let (status, output, errors) = try run(["eval", "--labels", labels, "--folds", "2"])
    XCTAssertEqual(status, 0, errors)
    XCTAssertNotNil(
      output.range(
        of: #"ROC AUC    [01]\.\d{4} \(held-out scores pooled over the folds\)"#, options: .regularExpression),
      output)
    XCTAssertNotNil(
      output.range(of: #"log-loss   \d\.\d{4} \(held-out scores pooled"#, options: .regularExpression), output)
  }

  func testOptionsThatWouldDoNothingAreRefused() throws {
    let labels = try write(fourTexts, "four.csv", in: try makeTemporaryFolder(prefix: "cp-e2e"))
    let model = labels + ".model.json"
    let cases: [([String], String)] = [
      (["train", "--labels", labels, "--out", model, "--no-nb", "--nb-interpolation", "0.25"], "--no-nb"),
      (["train", "--labels", labels, "--out", model, "--no-nb", "--average-plain"], "--no-nb"),
      (["eval", "--labels", labels, "--no-nb"], "use them with --folds"),
      (["eval", "--labels", labels, "--folds", "3", "--errors", "3"], "cannot be used with --folds"),
      (["eval", "--labels", labels, "--folds", "10"], "--folds 10 is more than the 4 examples"),
      (["eval", "--labels", labels, "--l2", "0.001"], "use them with --folds"),
      (["eval", "--labels", labels, "--noisy-copies", "2"], "use them with --folds"),
      (["eval", "--labels", labels, "--tune-threshold"], "use them with --folds"),
      (
        ["eval", "--labels", labels, "--folds", "2", "--tune-threshold", "--threshold", "0.6"],
        "cannot be used with --tune-threshold"
      ),
      (
        ["train", "--labels", labels, "--out", model, "--tune-threshold", "--threshold", "0.6"],
        "cannot be used with --tune-threshold"
      ),
      // These said only "bad training setting".
      (
        ["train", "--labels", labels, "--out", model, "--dropout", "1"], "--dropout must be at least 0 and less than 1"
      ),
      (["train", "--labels", labels, "--out", model, "--iterations", "0"], "--iterations must be at least 1"),
      (["train", "--labels", labels, "--out", model, "--min-count", "0"], "--min-count must be at least 1"),
      (["train", "--labels", labels, "--out", model, "--l2", "nan"], "--l2 must be a number, 0 or more"),
      (["train", "--labels", labels, "--out", model, "--prune=-1"], "--prune must be a number, 0 or more"),
      // An infinite L2 or prune wrote a model that kept no term; a huge count of noisy copies crashed allocating.
      (["train", "--labels", labels, "--out", model, "--l2", "inf"], "--l2 must be a number, 0 or more"),
      (["train", "--labels", labels, "--out", model, "--prune", "inf"], "--prune must be a number, 0 or more"),
      (
        ["train", "--labels", labels, "--out", model, "--noisy-copies", "999999999999"],
        "--noisy-copies must be between 0 and 100"
      ),
      (
        ["eval", "--labels", labels, "--folds", "2", "--noisy-copies", "999999999999"],
        "--noisy-copies must be between 0 and 100"
      ),
      (["eval", "--labels", labels, "--folds", "2", "--l2", "inf"], "--l2 must be a number, 0 or more"),
      // A negative number was taken for an option: "Missing value for '--l2 <l2>'".
      (["train", "--labels", labels, "--out", model, "--l2", "-1"], "--l2 must be a number, 0 or more"),
      (["train", "--labels", labels, "--out", model, "--iterations", "-5"], "--iterations must be at least 1"),
      (["eval", "--labels", labels, "--folds", "-2"], "--folds must be at least 2"),
      (["eval", "--labels", labels, "--errors", "-3"], "--errors must be 0 or more"),
    ]
    for (arguments, message) in cases {
      let (status, _, errors) = try run(arguments)
      XCTAssertEqual(status, 64, "\(arguments): \(errors)")
      XCTAssertTrue(errors.contains(message), "\(arguments): \(errors)")
    }
    XCTAssertFalse(FileManager.default.fileExists(atPath: model), "no model written")
    // The settings that do apply still run.
    let (status, _, errors) = try run(["train", "--labels", labels, "--out", model, "--no-nb", "--no-binary"])
    XCTAssertEqual(status, 0, errors)
  }

  func testLabelledFileAndModelOutputProblemsAreSaidPlainly() throws {
    // QA: a missing labels file, a folder as --labels or --out, and a file without the label column said only
    // "cannot read labelled file", "NSCocoaErrorDomain error 512" and "has 1 cells, needs 2".
    let directory = try makeTemporaryFolder(prefix: "cp-e2e")
    let labels = try write(fourTexts + "late bus,1\nnice library,0\n", "six.csv", in: directory)
    let textOnly = try write("text\nbins not collected\nlovely park\n", "textonly.csv", in: directory)
    let missing = directory.appendingPathComponent("nowhere.csv").path
    let cases: [([String], [String])] = [
      (["eval", "--labels", missing], ["cannot read labelled file '\(missing)': it does not exist"]),
      (["eval", "--labels", "/dev/zero"], ["cannot read labelled file '/dev/zero': it is not a regular file"]),
      (["train", "--labels", directory.path, "--out", "m.json"], ["'\(directory.path)': it is a directory"]),
      (
        ["eval", "--labels", textOnly],
        ["line 1: has 1 cell, no column 2 (the label)", "no usable examples in '\(textOnly)'"]
      ),
      (
        ["train", "--labels", labels, "--text-col", "9", "--out", labels + ".json"],
        ["has 2 cells, no column 9 (the text)", "... and 1 more bad row\n"]
      ),
      (
        ["train", "--labels", labels, "--out", directory.path],
        ["'\(directory.path)' cannot be written: is a directory"]
      ),
      (
        ["train", "--labels", labels, "--out", labels + ".json", "--emit-swift", directory.path],
        ["cannot write '\(directory.path)': is a directory"]
      ),
    ]
    for (arguments, messages) in cases {
      let (status, _, errors) = try run(arguments)
      XCTAssertEqual(status, 1, "\(arguments): \(errors)")
      for message in messages { XCTAssertTrue(errors.contains(message), "\(arguments): \(errors)") }
      XCTAssertFalse(errors.contains("NSCocoaErrorDomain"), errors)
    }
  }

  func testEvalErrorsNeverPrintEscapeSequences() throws {
    let labels = try write(
      "text,label\n\"bins missed again \u{1B}]0;owned\u{07}\u{1B}[31m\",0\nlovely day,1\n", "esc.csv",
      in: try makeTemporaryFolder(prefix: "cp-e2e"))
    let (status, output, errors) = try run(["eval", "--labels", labels, "--errors", "5"])
    XCTAssertEqual(status, 0, errors)
    XCTAssertTrue(output.contains("bins missed again ␛]0;owned␇␛[31m"), output)
    XCTAssertFalse(output.contains("\u{1B}"), output)
  }

  func testAHeaderIsFoundWithPositive() throws {
    // QA: with --positive the header "text,sentiment" was read as a text labelled "not a complaint".
    let directory = try makeTemporaryFolder(prefix: "cp-e2e")
    let withHeader = try write(
      "text,sentiment\nbins missed,Negative\nlovely park,positive\nbus late,NEGATIVE\n", "h.csv", in: directory)
    let (status, _, errors) = try run(["eval", "--labels", withHeader, "--positive", "negative"])
    XCTAssertEqual(status, 0, errors)
    XCTAssertTrue(errors.contains("3 examples (2 complaints, 1 not), 0 bad rows, header skipped"), errors)
    // A first row whose label is a label (the positive one, or one seen again) is data.
    for (name, text) in [
      ("p.csv", "bins missed,negative\nlovely park,positive\n"),
      ("n.csv", "lovely park,positive\nbins missed,negative\nnice,positive\n"),
    ] {
      let file = try write(text, name, in: directory)
      let (_, _, fileErrors) = try run(["eval", "--labels", file, "--positive", "negative"])
      XCTAssertFalse(fileErrors.contains("header skipped"), fileErrors)
    }
  }

  func testL2IsSaidChosenOnlyWhenItWas() throws {
    // QA: `train` on two texts said "L2 0.01 (chosen by inner cross-validation)" (too few texts for it to run),
    // and `eval --folds --l2 0.001` said "L2 0.001 chosen on its training folds".
    let directory = try makeTemporaryFolder(prefix: "cp-e2e")
    let two = try write("text,label\nbins not collected,1\nlovely park,0\n", "two.csv", in: directory)
    let (status, output, errors) = try run(["train", "--labels", two, "--out", two + ".json"])
    XCTAssertEqual(status, 0, errors)
    XCTAssertTrue(output.contains("L2 0.01 (too few texts for the inner cross-validation: the first choice)"), output)
    let four = try write(fourTexts, "four.csv", in: directory)
    let (foldsStatus, foldsOutput, foldsErrors) = try run(["eval", "--labels", four, "--folds", "2", "--l2", "0.001"])
    XCTAssertEqual(foldsStatus, 0, foldsErrors)
    XCTAssertTrue(foldsOutput.contains("fold 1: L2 0.001 (--l2), threshold 0.5000"), foldsOutput)
    let (_, trainOutput, _) = try run(["train", "--labels", four, "--out", four + ".json", "--l2", "0.001"])
    XCTAssertTrue(trainOutput.contains("L2 0.001 (--l2), threshold 0.5000"), trainOutput)
  }

  func testTrainNeverWritesOverItsLabelledFile() throws {
    // QA: `train --labels data.csv --out data.csv` replaced the labelled texts with the model, exit 0.
    let directory = try makeTemporaryFolder(prefix: "cp-e2e")
    let labels = try write(fourTexts, "data.csv", in: directory)
    let link = directory.appendingPathComponent("link.csv").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: labels)
    let model = directory.appendingPathComponent("model.json").path
    let cases: [([String], String)] = [
      (["--out", labels], "--out '\(labels)' is the --labels file"),
      (["--out", link], "--out '\(link)' is the --labels file"),
      (["--out", model, "--emit-swift", labels], "--emit-swift '\(labels)' is the --labels file"),
      (["--out", model, "--emit-swift", model], "--emit-swift and --out name the same file"),
    ]
    for (extra, message) in cases {
      let (status, _, errors) = try run(["train", "--labels", labels] + extra)
      XCTAssertEqual(status, 64, "\(extra): \(errors)")
      XCTAssertTrue(errors.contains(message), "\(extra): \(errors)")
      XCTAssertEqual(try String(contentsOfFile: labels, encoding: .utf8), fourTexts, "labels kept")
    }
    XCTAssertFalse(FileManager.default.fileExists(atPath: model))
  }

  func testReportOnADirectoryAndExportBeforeAnyTriage() throws {
    let directory = try makeTemporaryFolder(prefix: "cp-e2e")
    let (status, output, errors) = try run(["report", directory.path])
    XCTAssertEqual(status, 64)
    XCTAssertEqual(output, "")
    XCTAssertTrue(errors.contains("\(directory.path) is a directory: give the files to read"), errors)

    let state = directory.appendingPathComponent("state.db").path
    let (exportStatus, exportOutput, exportErrors) = try run(["export", "--state", state])
    XCTAssertEqual(exportStatus, 1)
    XCTAssertEqual(exportOutput, "")
    XCTAssertTrue(exportErrors.contains("nothing to export: no triage state file at \(state)"), exportErrors)
    XCTAssertTrue(exportErrors.contains("Mark posts in `civicpulse watch`"), exportErrors)
    XCTAssertFalse(FileManager.default.fileExists(atPath: state), "export creates no state file")
  }

  func testHelpMentionsAUCAndTheFollowedTaxonomy() throws {
    // Help is wrapped to the terminal's width: compare with the line breaks and indents folded.
    func flat(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
    let evalHelp = flat(try run(["eval", "--help"]).1)
    XCTAssertTrue(evalHelp.contains("macro-F1, ROC AUC and log-loss"), evalHelp)
    XCTAssertTrue(evalHelp.contains("measured on those held-out scores pooled over the folds"), evalHelp)
    let watchHelp = flat(try run(["watch", "--help"]).1)
    XCTAssertTrue(watchHelp.contains("The --taxonomy file is followed"), watchHelp)
    XCTAssertTrue(watchHelp.contains("a valid edit applies to new posts without a restart"), watchHelp)
  }

  /// `-` twice was read as two sources, the second "stdin" with 0 posts, and a socket path too long for a Unix
  /// socket said only that: both now say what to give instead.
  func testStandardInputTwiceAndASocketPathTooLongSayWhatToGive() throws {
    for command in [["report"], ["classify"], ["watch", "--headless"]] {
      let (status, output, errors) = try run(command + ["-", "-"], stdin: Data("bins missed\n".utf8))
      XCTAssertEqual(status, 64, "\(command): \(errors)")
      XCTAssertEqual(output, "", "\(command)")
      XCTAssertTrue(errors.contains("- (standard input) is given more than once"), "\(command): \(errors)")
    }
    let long = "/tmp/" + String(repeating: "d", count: 120) + "/cp.sock"
    let (status, _, errors) = try run(["watch", "--headless", "--socket", long])
    XCTAssertEqual(status, 64, errors)
    XCTAssertTrue(errors.contains("socket path is too long (at most 107 bytes): \(long); give a shorter one"), errors)
  }

  /// A Latin-1 file name (`caf\xe9.jsonl`) reaches the command with U+FFFD for its byte: `report` said "No such
  /// file or directory" of a file `ls` shows, and `watch` waited for it forever.
  func testAFileNameThatIsNotUTF8IsExplained() throws {
    let directory = try makeTemporaryFolder(prefix: "cp-e2e")
    let binary = try CommandRunner.civicpulse().path
    for command in ["report", "watch --headless"] {
      let script =
        #"cd "$1" && printf 'bins missed\n' > "$(printf 'caf\351.jsonl')" && timeout 10 "$0" "#
        + command + #" "$(printf 'caf\351.jsonl')""#
      let (status, _, errors) = try CommandRunner.run(
        URL(fileURLWithPath: "/bin/bash"), ["-c", script, binary, directory.path])
      XCTAssertEqual(status, 64, "\(command): \(errors)")
      XCTAssertTrue(errors.contains("caf\u{FFFD}.jsonl: the file's name is not valid UTF-8"), "\(command): \(errors)")
      XCTAssertTrue(errors.contains("give it on standard input (- < FILE)"), errors)
    }
  }
}
