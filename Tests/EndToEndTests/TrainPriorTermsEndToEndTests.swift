import CivicTestSupport
import Foundation
import XCTest

/// `train --prior-terms FILE --prior-scale X` (fourteenth round): the words of the file that no training text
/// holds become terms of the written model; a bad file or option writes no model.
final class TrainPriorTermsEndToEndTests: XCTestCase {
  private func run(_ arguments: [String]) throws -> (Int32, String, String) {
    try CommandRunner.run(try CommandRunner.civicpulse(), arguments)
  }

  /// A labelled file of four texts (two complaints) and a file of prior weights, in a new folder.
  private func files(priors: String) throws -> (labels: String, priors: String, model: String) {
    let directory = try makeTemporaryFolder(prefix: "cp-priors")
    let labels = directory.appendingPathComponent("labels.csv")
    try Data(
      "text,label\nbins not collected again,1\nlovely afternoon in the park,0\nroad full of potholes again,1\nthanks for the fix,0\n"
        .utf8
    ).write(to: labels)
    let priorFile = directory.appendingPathComponent("priors.csv")
    try Data(priors.utf8).write(to: priorFile)
    return (labels.path, priorFile.path, directory.appendingPathComponent("m.json").path)
  }

  func testWordsTheCorpusNeverHasAreWrittenAtTheScale() throws {
    let (labels, priors, model) = try files(priors: "word,weight\nnonsense,8.461\nupbeat,-4.51\nbins,-9\n")
    let (status, output, errors) = try run([
      "train", "--labels", labels, "--out", model, "--prior-terms", priors, "--prior-scale", "0.2",
    ])
    XCTAssertEqual(status, 0, errors)
    XCTAssertTrue(
      output.contains("prior terms: 2 words of \(priors) added at scale 0.2 (of 3; words of the corpus keep"), output)
    let saved = try XCTUnwrap(
      try JSONSerialization.jsonObject(with: try Data(contentsOf: URL(fileURLWithPath: model))) as? [String: Any])
    let terms = try XCTUnwrap(saved["terms"] as? [String: Double])
    XCTAssertEqual(terms["nonsense"], 1.6922)
    XCTAssertEqual(terms["upbeat"], -0.902)
    XCTAssertNotEqual(terms["bins"], -1.8, "a corpus word keeps its fitted weight")
  }

  func testABadPriorFileOrScaleWritesNoModel() throws {
    let (labels, bad, model) = try files(priors: "word,weight\nnonsense,8.461\nNot Bad,1\n")
    let missing = bad + ".missing"
    let folder = bad + ".d"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let fifo = bad + ".fifo"
    XCTAssertEqual(mkfifo(fifo, 0o600), 0)
    let cases: [([String], Int32, String)] = [
      (["--prior-scale", "0.2"], 64, "--prior-scale scales the weights of --prior-terms: give the file too"),
      (["--prior-terms", bad, "--prior-scale=-1"], 64, "--prior-scale must be 0 or more"),
      (["--prior-terms", missing], 1, "cannot read prior terms '\(missing)': it does not exist; no model written"),
      // polish19: a directory said "it could not be read", a pipe waited for a writer.
      (["--prior-terms", folder], 1, "cannot read prior terms '\(folder)': it is a directory; no model written"),
      (
        ["--prior-terms", fifo], 1,
        "cannot read prior terms '\(fifo)': it is not a regular file (a pipe or a device); no model written"
      ),
      (
        ["--prior-terms", bad], 1,
        "cannot read prior terms '\(bad)': line 3: 'Not Bad' is not a word of lower-case letters a to z; no model "
          + "written"
      ),
    ]
    for (options, expected, message) in cases {
      let (status, _, errors) = try run(["train", "--labels", labels, "--out", model] + options)
      XCTAssertEqual(status, expected, "\(options): \(errors)")
      XCTAssertTrue(errors.contains(message), "\(options): \(errors)")
      XCTAssertFalse(FileManager.default.fileExists(atPath: model), "\(options): no model written")
    }
  }
}
