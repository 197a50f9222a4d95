import ArgumentParser
import CivicCore
import Foundation

/// `civicpulse train`: trains a complaint model from a labelled CSV file.
struct TrainCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "train",
    abstract: "Train a complaint model from labelled texts (CSV with a text column and a 0/1 label column).",
    discussion: """
      The built-in model is rebuilt bit for bit, from the repository's root, with:
        python3 corpus/generate_corpus.py > corpus/complaints-corpus.csv
        civicpulse train --labels corpus/complaints-corpus.csv \\
          --l2 0.0005 --prune 0.05 --no-nb --no-binary --noisy-copies 2 \\
          --stem-letters 6 --prior-terms corpus/borrowed-words.csv \\
          --prior-scale 0.2 --out models/builtin.json \\
          --emit-swift Sources/CivicCore/Classify/BuiltinModel.swift
      """
  )

  @OptionGroup var input: LabelledFileOptions

  @Option(help: "Where to write the model (JSON).")
  var out: String

  @Option(help: "Also write the model as the Swift source of the compiled-in model.")
  var emitSwift: String?

  @Option(parsing: .unconditional, help: "Gradient descent iterations.")
  var iterations = ComplaintTrainer().iterations

  @Option(
    parsing: .unconditional,
    help: """
      L2 penalty (default: chosen by a 3-fold cross-validation on the training texts among \
      \(ComplaintTrainer.defaultL2Choices.map { "\($0)" }.joined(separator: ", "))).
      """)
  var l2: Double?

  @Option(parsing: .unconditional, help: "Minimum number of texts a term must occur in.")
  var minCount = ComplaintTrainer().minCount

  @Option(parsing: .unconditional, help: "Drop terms whose weight is smaller than this.")
  var prune = ComplaintTrainer().prune

  @Option(
    parsing: .unconditional,
    help: "Noisy copies of each text, with words dropped at random (seeded), to train for unseen words.")
  var noisyCopies = ComplaintTrainer().noisyCopies

  @Option(parsing: .unconditional, help: "Probability of dropping a word in a noisy copy.")
  var dropout = ComplaintTrainer().dropout

  @Flag(inversion: .prefixedNo, help: "Weight both classes equally whatever their sizes.")
  var balanced = ComplaintTrainer().balanced

  @OptionGroup var learner: LearnerOptions

  @Option(
    parsing: .unconditional,
    help: """
      Decision threshold stored in the model (0..1; default \(ComplaintTrainer().threshold), or chosen by the inner \
      cross-validation with --tune-threshold).
      """)
  var threshold: Double?

  @Option(
    help: """
      CSV file of prior word weights (header word,weight; lower-case words): each word no training text holds \
      becomes a term of the model at --prior-scale times its weight (corpus/borrowed-words.csv).
      """)
  var priorTerms: String?

  @Option(help: "With --prior-terms: the factor on every prior weight (default 1).")
  var priorScale: Double?

  func validate() throws {
    // Each setting named with its range ("bad training setting" named none).
    let ranges: [(Bool, String)] = [
      (iterations > 0, "--iterations must be at least 1"), (minCount >= 1, "--min-count must be at least 1"),
      (prune >= 0 && prune.isFinite, "--prune must be a number, 0 or more"),
      (dropout >= 0 && dropout < 1, "--dropout must be at least 0 and less than 1"),
    ]
    if let broken = ranges.first(where: { !$0.0 }) { throw ValidationError(broken.1) }
    try LearnerOptions.validate(l2: l2, noisyCopies: noisyCopies)
    if let threshold, !(threshold > 0 && threshold < 1) { throw ValidationError("--threshold must be between 0 and 1") }
    if let priorScale, !(priorScale >= 0 && priorScale.isFinite) {
      throw ValidationError("--prior-scale must be 0 or more")
    }
    if priorScale != nil, priorTerms == nil {
      throw ValidationError("--prior-scale scales the weights of --prior-terms: give the file too")
    }
    if threshold != nil, learner.tuneThreshold == true {
      throw ValidationError("--threshold fixes the threshold: it cannot be used with --tune-threshold")
    }
    // `--out data.csv` (a slip for `--labels data.csv --out model.json`) replaced the labelled texts with the model.
    let outputs = [("--out", out)] + (emitSwift.map { [("--emit-swift", $0)] } ?? [])
    for (option, path) in outputs where Self.sameFile(path, input.labels) {
      throw ValidationError("\(option) '\(path)' is the --labels file: writing there would replace the labelled texts")
    }
    if let emitSwift, Self.sameFile(emitSwift, out) {
      throw ValidationError("--emit-swift and --out name the same file '\(out)'")
    }
  }

  /// The prior weights of a `--prior-terms` file, or a failure that names the file and the bad line.
  static func loadPriors(_ path: String) throws -> ComplaintPriorTerms {
    // Asked first: reading a pipe would wait for a writer, and a directory said only "it could not be read".
    let problem = FileReadProblem.reason(path)
    guard problem == nil, let data = FileManager.default.contents(atPath: path) else {
      throw CommandFailure("cannot read prior terms '\(path)': \(problem ?? "it could not be read"); no model written")
    }
    do {
      return try ComplaintPriorTerms.parse([UInt8](data))
    } catch let bad as ComplaintPriorTerms.BadRow {
      throw CommandFailure("cannot read prior terms '\(path)': \(bad); no model written")
    }
  }

  /// True when both paths name one file: the same path once standardised, or the same existing file (device and
  /// inode) reached another way (a symbolic link, `./`).
  static func sameFile(_ a: String, _ b: String) -> Bool {
    let standard = { (path: String) in URL(fileURLWithPath: path).standardizedFileURL.path }
    if standard(a) == standard(b) { return true }
    var first = stat()
    var second = stat()
    guard stat(a, &first) == 0, stat(b, &second) == 0 else { return false }
    return first.st_dev == second.st_dev && first.st_ino == second.st_ino
  }

  func run() throws {
    let examples = try input.load()
    if let problem = ComplaintTrainer.oneClassProblem(examples) {
      // Officers who only mark handled/escalated export only complaints: refuse rather than write a model that
      // calls everything a complaint.
      throw CommandFailure(
        "cannot train on '\(input.labels)': \(problem) (mark some posts 'not a complaint', key x, or add labelled "
          + "texts of the missing class); no model written")
    }
    var trainer = ComplaintTrainer(
      iterations: iterations, minCount: minCount, prune: prune, noisyCopies: noisyCopies, dropout: dropout,
      balanced: balanced)
    learner.apply(to: &trainer)
    if let l2 { trainer.l2Choices = [l2] }
    if let priorTerms {
      trainer.priorTerms = try Self.loadPriors(priorTerms)
      trainer.priorScale = priorScale ?? 1
    }
    if let threshold {
      trainer.threshold = threshold
      trainer.tuneThreshold = false
    }
    let model = trainer.train(examples)
    // Through ExportFile: a device or a pipe (`--out /dev/stdout`) is written into, not replaced.
    do {
      try ExportFile.write(model.jsonText(), to: out)
    } catch {
      throw ComplaintModelError.unwritable(path: out, reason: error.reason)
    }
    let vocabulary = Int(model.training["vocabulary"] ?? 0)
    print(
      "trained on \(Plural.count(examples.count, "text")): \(Plural.count(model.termWeights.count, "term")) kept of"
        + " \(vocabulary); wrote \(TerminalText.printable(out))")
    print(learner.summary)
    if let priorTerms {
      print(
        "prior terms: \(Plural.count(Int(model.training["prior_terms"] ?? 0), "word")) of \(priorTerms) added at scale "
          + "\(trainer.priorScale) (of \(trainer.priorTerms.weights.count); words of the corpus keep their fitted weights)"
      )
    }
    print(
      "L2 \(model.training["l2"] ?? 0)\(EvalCommand.l2Note(model, given: l2 != nil)), threshold "
        + "\(EvalCommand.fixed(model.threshold))\(EvalCommand.thresholdNote(model, tuned: trainer.tuneThreshold))")
    let fit = ComplaintEvaluator.evaluate(model, on: examples)
    print("training-set accuracy \(EvalCommand.fixed(fit.accuracy)), macro-F1 \(EvalCommand.fixed(fit.macroF1))")
    if let emitSwift {
      do {
        // ExportFile says why ("is a directory", "no such directory DIR") where Foundation says "error 512".
        try ExportFile.write(BuiltinModelSource.swiftSource(json: model.jsonText()), to: emitSwift)
      } catch {
        throw CommandFailure("cannot write '\(emitSwift)': \(error.reason)")
      }
      print("wrote \(TerminalText.printable(emitSwift))")
    }
  }
}
