import ArgumentParser
import CivicCore

/// `civicpulse eval`: measures a complaint model (or cross-validates training) on a labelled CSV file.
struct EvalCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "eval",
    abstract: "Accuracy, precision, recall and F1 of the complaint class, and macro-F1, on labelled texts."
  )

  @OptionGroup var input: LabelledFileOptions

  @Option(help: "Cross-validate `train` on the file with this many folds instead of scoring with a model.")
  var folds: Int?

  @Option(help: "Complaint model file (default: the built-in model).")
  var model: String?

  func validate() throws {
    if let folds, folds < 2 { throw ValidationError("--folds must be at least 2") }
    if folds != nil, model != nil { throw ValidationError("use either --folds or --model") }
  }

  func run() throws {
    let examples = try input.load()
    let confusion: BinaryConfusion
    if let folds {
      print("\(folds)-fold cross-validation of train (default settings) on \(input.labels)")
      confusion = ComplaintEvaluator.crossValidate(examples, folds: folds, trainer: ComplaintTrainer())
    } else {
      let scorer: ComplaintModel
      do {
        scorer = try model.map { try ComplaintModel.load(path: $0) } ?? .builtIn
      } catch let error as ComplaintModelError {
        throw CommandFailure(error.description)
      }
      print("model \(scorer.source) (threshold \(Self.fixed(scorer.threshold))) on \(input.labels)")
      confusion = ComplaintEvaluator.evaluate(scorer, on: examples)
    }
    print("examples   \(confusion.total)")
    print("accuracy   \(Self.fixed(confusion.accuracy))")
    print("precision  \(Self.fixed(confusion.precision))")
    print("recall     \(Self.fixed(confusion.recall))")
    print("F1         \(Self.fixed(confusion.f1))")
    print("macro-F1   \(Self.fixed(confusion.macroF1))")
    print(
      "confusion  TP \(confusion.truePositives)  FP \(confusion.falsePositives)  "
        + "TN \(confusion.trueNegatives)  FN \(confusion.falseNegatives)")
  }

  /// Four decimals.
  static func fixed(_ value: Double) -> String {
    let units = Int((value * 10_000).rounded())
    let fraction = String(units % 10_000)
    return "\(units / 10_000)." + String(repeating: "0", count: 4 - fraction.count) + fraction
  }
}
