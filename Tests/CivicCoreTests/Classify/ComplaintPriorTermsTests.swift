import Foundation
import XCTest

@testable import CivicCore

/// Prior weights for words the corpus never has (fourteenth round, `train --prior-terms`): the file, and what the
/// trainer does with it.
final class ComplaintPriorTermsTests: XCTestCase {
  private let examples = [
    LabelledText(text: "bins not collected again", complaint: true),
    LabelledText(text: "bins not collected again, still waiting", complaint: true),
    LabelledText(text: "lovely afternoon in the park", complaint: false),
    LabelledText(text: "lovely park, thanks", complaint: false),
  ]

  private func trainer(_ priors: [String: Double] = [:], scale: Double = 1) -> ComplaintTrainer {
    var trainer = ComplaintTrainer(prune: 0.05, l2Choices: [5e-4], nbWeighting: false, binary: false)
    trainer.priorTerms = ComplaintPriorTerms(weights: priors)
    trainer.priorScale = scale
    return trainer
  }

  func testReadsWordsAndWeightsAfterTheHeader() throws {
    let file = "word,weight\nnonsense,8.461\nupbeat,-4.51\r\n\"dreadful\",3\n"
    let priors = try ComplaintPriorTerms.parse(Array(file.utf8))
    XCTAssertEqual(priors.weights, ["nonsense": 8.461, "upbeat": -4.51, "dreadful": 3])
    XCTAssertEqual(try ComplaintPriorTerms.parse(Array("nonsense,1\n".utf8)).weights, ["nonsense": 1], "no header")
  }

  func testRefusesRowsThatAreNotAWordAndAWeight() {
    let cases: [(String, String)] = [
      ("word,weight\nNonsense,1\n", "line 2: 'Nonsense' is not a word of lower-case letters a to z"),
      ("word,weight\ngood,1\nnot bad,1\n", "line 3: 'not bad' is not a word of lower-case letters a to z"),
      ("word,weight\nnot_bad,1\n", "line 2: 'not_bad' is not a word"),
      ("word,weight\nbad,high\n", "line 2: 'high' is not a weight"),
      ("word,weight\nbad,nan\n", "line 2: 'nan' is not a weight"),
      ("word,weight\nbad\n", "line 2: 1 cells where a word and a weight were expected"),
      ("word,weight\nbad,1\nbad,2\n", "line 3: 'bad' is given twice"),
      ("word,weight\n\"bad,1\n", "line 2: a quoted cell is not closed"),
    ]
    for (file, message) in cases {
      XCTAssertThrowsError(try ComplaintPriorTerms.parse(Array(file.utf8)), file) { error in
        XCTAssertTrue("\(error)".hasPrefix(message), "\(file): \(error)")
      }
    }
  }

  func testWordsTheCorpusNeverHasBecomeScaledTermsAndCorpusWordsKeepTheirWeights() {
    let plain = trainer().train(examples)
    let model = trainer(["nonsense": 8.461, "upbeat": -4.5, "bins": -9, "meh": 0.2], scale: 0.2).train(examples)
    XCTAssertEqual(model.termWeights["nonsense"], 1.6922)
    XCTAssertEqual(model.termWeights["upbeat"], -0.9)
    XCTAssertNil(model.termWeights["meh"], "0.2 x 0.2 is below the pruning of 0.05")
    // "bins" is a corpus word: its fitted weight stands, whatever the file says.
    XCTAssertEqual(model.termWeights["bins"], plain.termWeights["bins"])
    XCTAssertEqual(
      model.termWeights.filter { !["nonsense", "upbeat"].contains($0.key) }, plain.termWeights,
      "every other term as fitted without priors")
    XCTAssertEqual(model.bias, plain.bias)
    XCTAssertEqual(model.training["prior_terms"], 2)
    XCTAssertEqual(model.training["prior_scale"], 0.2)
    XCTAssertNil(plain.training["prior_terms"], "a model trained without priors records none")
    // A word the corpus has only once (below the minimum count of 2) is still a corpus word.
    XCTAssertNil(trainer(["afternoon": 5]).train(examples).termWeights["afternoon"])
  }

  func testABorrowedWordWeighsInScoresAndInWhy() throws {
    let model = trainer(["nonsense": 8.461]).train(examples)
    let plain = trainer().train(examples)
    let text = "what utter nonsense"
    let before = plain.probability(text: text)
    XCTAssertEqual(
      model.probability(text: text), ComplaintModel.sigmoid(log(before / (1 - before)) + 8.461), accuracy: 1e-5)
    XCTAssertTrue(model.score(text: text).why.contains("nonsense (+8.46)"), "\(model.score(text: text).why)")
    // The saved model reads back with the borrowed term.
    XCTAssertEqual(try ComplaintModel(json: Data(model.jsonText().utf8), source: "test").termWeights["nonsense"], 8.461)
  }
}
