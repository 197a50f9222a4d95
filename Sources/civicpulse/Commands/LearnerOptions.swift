import ArgumentParser
import CivicCore

/// The learner settings shared by `train` and `eval --folds` (which cross-validates `train` with them). Each is
/// optional so a command can tell a setting given on the command line from the default.
struct LearnerOptions: ParsableArguments {
  @Flag(
    inversion: .prefixedNo,
    help: """
      NB-weighted logistic regression: scale each term by its naive-Bayes log-count ratio before fitting \
      (default: on).
      """)
  var nb: Bool?

  @Flag(inversion: .prefixedNo, help: "Train on 0/1 term features (present or not) instead of counts (default: on).")
  var binary: Bool?

  @Option(
    help: """
      NBSVM interpolation with --nb: each term weight becomes (1 - beta) * mean|w| + beta * w (default 1: none; \
      Wang and Manning's published beta is 0.25).
      """)
  var nbInterpolation: Double?

  @Flag(
    inversion: .prefixedNo,
    help: """
      With --nb: average the NB-weighted fit with a plain fit on the same features (one linear model; default: on).
      """)
  var averagePlain: Bool?

  @Flag(
    inversion: .prefixedNo,
    help: """
      Choose the decision threshold (0.30 to 0.70 by 0.01, ties toward 0.5) with the best macro-F1 on the held-out \
      texts of the inner cross-validation (default: off).
      """)
  var tuneThreshold: Bool?

  @Flag(
    inversion: .prefixedNo,
    help: """
      Average the final fit with the inner cross-validation's fits at the chosen L2 (one linear model; default: off).
      """)
  var innerAverage: Bool?

  @Option(
    help: """
      Also weigh the first N letters of every longer word as a term of its own ("disap…" for "disappointed", \
      "disappointing"), for inflections, typos and unseen words (default 0: none; a model with stems is format \
      version 3).
      """)
  var stemLetters: Int?

  func validate() throws {
    if let stemLetters, !(0...ComplaintModel.maxStemLetters).contains(stemLetters) {
      throw ValidationError("--stem-letters must be between 0 and \(ComplaintModel.maxStemLetters)")
    }
    if let nbInterpolation, !(nbInterpolation >= 0 && nbInterpolation <= 1) {
      throw ValidationError("--nb-interpolation must be between 0 and 1")
    }
    if !usesNB, nbInterpolation != nil {
      throw ValidationError("--nb-interpolation applies to NB weighting: it cannot be used with --no-nb")
    }
    if !usesNB, averagePlain == true {
      throw ValidationError("--average-plain averages the NB-weighted fit: it cannot be used with --no-nb")
    }
  }

  /// True when any learner setting was given on the command line.
  var isSet: Bool {
    nb != nil || binary != nil || nbInterpolation != nil || averagePlain != nil || tuneThreshold != nil
      || innerAverage != nil || stemLetters != nil
  }

  private var usesNB: Bool { nb ?? ComplaintTrainer().nbWeighting }

  /// Sets these options (the defaults where one was not given) on a trainer.
  func apply(to trainer: inout ComplaintTrainer) {
    let defaults = ComplaintTrainer()
    trainer.nbWeighting = nb ?? defaults.nbWeighting
    trainer.binary = binary ?? defaults.binary
    trainer.nbInterpolation = nbInterpolation ?? defaults.nbInterpolation
    trainer.averagePlain = averagePlain ?? defaults.averagePlain
    trainer.tuneThreshold = tuneThreshold ?? defaults.tuneThreshold
    trainer.innerAverage = innerAverage ?? defaults.innerAverage
    trainer.stemLetters = stemLetters ?? defaults.stemLetters
  }

  /// How the learner is named in the commands' output.
  var summary: String {
    var trainer = ComplaintTrainer()
    apply(to: &trainer)
    let nb = trainer.nbWeighting
    var name = nb ? "NB-weighted logistic regression" : "logistic regression"
    if nb, trainer.nbInterpolation != 1 { name += " (interpolation \(trainer.nbInterpolation))" }
    if nb, trainer.averagePlain { name += " averaged with plain logistic regression" }
    name += trainer.binary ? " on 0/1 terms" : " on term counts"
    if trainer.stemLetters > 0 { name += " and \(trainer.stemLetters)-letter stems" }
    if trainer.innerAverage { name += ", averaged with the inner cross-validation's fits" }
    return name + (trainer.tuneThreshold ? ", threshold tuned by inner cross-validation" : "")
  }
}

extension LearnerOptions {
  /// The most noisy copies of each text: every copy is one more text in memory, and a count beyond this only runs
  /// out of it (`--noisy-copies 999999999999` crashed asking for 160 TB).
  static let maxNoisyCopies = 100

  /// Refuses an L2 penalty or a count of noisy copies out of range, for `train` and `eval --folds` alike (an
  /// infinite L2 trained a model that kept no term).
  static func validate(l2: Double?, noisyCopies: Int?) throws {
    if let l2, !(l2 >= 0 && l2.isFinite) { throw ValidationError("--l2 must be a number, 0 or more (e.g. 0.001)") }
    if let noisyCopies, !(0...maxNoisyCopies).contains(noisyCopies) {
      throw ValidationError("--noisy-copies must be between 0 and \(maxNoisyCopies)")
    }
  }
}
