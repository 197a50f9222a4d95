import ArgumentParser
import CivicCore
import Foundation

/// `civicpulse eval`: measures a complaint model (or cross-validates training) on a labelled CSV file.
struct EvalCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "eval",
    abstract: """
      Accuracy, precision, recall and F1 of the complaint class, macro-F1, ROC AUC and log-loss, on labelled texts.
      """,
    discussion: """
      Without --folds the model (built-in or --model) scores every text. With --folds K, train is \
      cross-validated: each text is scored once by the model trained on the other folds, and ROC AUC and \
      log-loss are measured on those held-out scores pooled over the folds. ROC AUC needs texts of both classes: \
      with one class it says n/a.
      """
  )

  @OptionGroup var input: LabelledFileOptions

  @Option(
    parsing: .unconditional,
    help: """
      Cross-validate `train` on the file with this many folds (2 to the number of texts) instead of scoring with a \
      model.
      """)
  var folds: Int?

  @OptionGroup(title: "Learner (with --folds)") var learner: LearnerOptions

  @Option(
    parsing: .unconditional,
    help: "With --folds: train with this L2 penalty instead of choosing it by inner cross-validation.")
  var l2: Double?

  @Option(
    parsing: .unconditional,
    help: """
      With --folds: noisy copies of each training text, words dropped at random (default \
      \(ComplaintTrainer().noisyCopies); the built-in model is trained with 2).
      """)
  var noisyCopies: Int?

  @Option(help: "Complaint model file (default: the built-in model).")
  var model: String?

  @Option(parsing: .unconditional, help: "Decision threshold to use instead of the model's (0..1).")
  var threshold: Double?

  @Option(
    parsing: .unconditional,
    help: "Also print up to this many misclassified texts with their score and why (not with --folds).")
  var errors = 0

  func validate() throws {
    if let folds, folds < 2 { throw ValidationError("--folds must be at least 2") }
    if folds != nil, model != nil { throw ValidationError("use either --folds or --model") }
    if errors < 0 { throw ValidationError("--errors must be 0 or more") }
    if folds != nil, errors > 0 {
      throw ValidationError("--errors lists a model's misclassified texts: it cannot be used with --folds")
    }
    try LearnerOptions.validate(l2: l2, noisyCopies: noisyCopies)
    if folds == nil, learner.isSet || l2 != nil || noisyCopies != nil {
      throw ValidationError(
        "--nb, --binary, --nb-interpolation, --average-plain, --tune-threshold, --inner-average, --l2 and "
          + "--noisy-copies choose the learner of --folds: use them with --folds")
    }
    if let threshold, !(threshold > 0 && threshold < 1) { throw ValidationError("--threshold must be between 0 and 1") }
    if threshold != nil, learner.tuneThreshold == true {
      throw ValidationError("--threshold fixes the threshold: it cannot be used with --tune-threshold")
    }
  }

  func run() throws {
    var scorer = ComplaintModel.builtIn
    if folds == nil, let model {
      do {
        scorer = try ComplaintModel.load(path: model)
      } catch let error as ComplaintModelError {
        throw CommandFailure(error.description)
      }
    }
    if let threshold { scorer = scorer.with(threshold: threshold) }
    let examples = try input.load()
    if let folds, folds > examples.count {
      throw ValidationError(
        "--folds \(folds) is more than the \(Plural.count(examples.count, "example")) in '\(input.labels)': "
          + "use at most --folds \(examples.count)")
    }
    if folds != nil, let problem = ComplaintTrainer.oneClassProblem(examples) {
      // Each fold would train a model that gives the one answer to every text, and score it "accuracy 1.0000".
      throw CommandFailure("cannot cross-validate train on '\(input.labels)': \(problem)")
    }
    let confusion: BinaryConfusion
    let ranking: ComplaintRanking
    if let folds {
      print("\(folds)-fold cross-validation of train (\(learner.summary)) on \(TerminalText.printable(input.labels))")
      var trainer = ComplaintTrainer()
      learner.apply(to: &trainer)
      if let l2 { trainer.l2Choices = [l2] }
      if let noisyCopies { trainer.noisyCopies = noisyCopies }
      if let threshold {
        trainer.threshold = threshold
        trainer.tuneThreshold = false
      }
      (confusion, ranking) = ComplaintEvaluator.crossValidation(examples, folds: folds, trainer: trainer) {
        fold, model in
        let l2 = model.training["l2"] ?? 0
        let notes = (Self.l2Note(model, given: self.l2 != nil), Self.thresholdNote(model, tuned: trainer.tuneThreshold))
        print("fold \(fold + 1): L2 \(l2)\(notes.0), threshold \(Self.fixed(model.threshold))\(notes.1)")
      }
    } else {
      let shown = (TerminalText.printable(scorer.source), TerminalText.printable(input.labels))
      print("model \(shown.0) (threshold \(Self.fixed(scorer.threshold))) on \(shown.1)")
      confusion = ComplaintEvaluator.evaluate(scorer, on: examples)
      ranking = ComplaintEvaluator.ranking(scorer, on: examples)
      printErrors(scorer, examples)
    }
    print("examples   \(confusion.total)")
    print("accuracy   \(Self.fixed(confusion.accuracy))")
    print("precision  \(Self.fixed(confusion.precision))")
    print("recall     \(Self.fixed(confusion.recall))")
    print("F1         \(Self.fixed(confusion.f1))")
    print("macro-F1   \(Self.fixed(confusion.macroF1))")
    let pooled = folds == nil ? "" : " (held-out scores pooled over the folds)"
    print("ROC AUC    \(ranking.hasBothClasses ? Self.fixed(ranking.auc) + pooled : "n/a (one class)")")
    print("log-loss   \(Self.fixed(ranking.logLoss))\(pooled)")
    print(
      "confusion  TP \(confusion.truePositives)  FP \(confusion.falsePositives)  "
        + "TN \(confusion.trueNegatives)  FN \(confusion.falseNegatives)")
  }

  private func printErrors(_ scorer: ComplaintModel, _ examples: [LabelledText]) {
    var shown = 0
    for example in examples where shown < errors {
      let result = scorer.score(text: example.text)
      guard result.complaint != example.complaint else { continue }
      shown += 1
      let kind = example.complaint ? "missed complaint" : "false complaint"
      print("\(kind) \(Self.fixed(result.score)): \(TerminalText.printable(example.text))")
      print("    why: \(TerminalText.printable(result.why.joined(separator: ", ")))")
    }
  }

  /// How a trained model's L2 came about, for `train`'s summary and `eval --folds`'s fold lines: the inner
  /// cross-validation needs at least two texts per inner fold, and an L2 given with --l2 is not "chosen".
  static func l2Note(_ model: ComplaintModel, given: Bool) -> String {
    if given { return " (--l2)" }
    return model.training["inner_folds"] != nil
      ? " (chosen by inner cross-validation)" : " (too few texts for the inner cross-validation: the first choice)"
  }

  /// " (chosen by inner cross-validation)" when --tune-threshold ran, else nothing.
  static func thresholdNote(_ model: ComplaintModel, tuned: Bool) -> String {
    tuned && model.training["inner_folds"] != nil ? " (chosen by inner cross-validation)" : ""
  }

  /// Four decimals.
  static func fixed(_ value: Double) -> String {
    let units = Int((value * 10_000).rounded())
    let fraction = String(units % 10_000)
    return "\(units / 10_000)." + String(repeating: "0", count: 4 - fraction.count) + fraction
  }
}
