import ArgumentParser
import CivicCore

/// The learner settings shared by `train` and `eval --folds` (which cross-validates `train` with them).
struct LearnerOptions: ParsableArguments {
  @Flag(
    inversion: .prefixedNo,
    help: "NB-weighted logistic regression: scale each term by its naive-Bayes log-count ratio before fitting.")
  var nb = ComplaintTrainer().nbWeighting

  @Flag(inversion: .prefixedNo, help: "Train on 0/1 term features (present or not) instead of counts.")
  var binary = ComplaintTrainer().binary

  @Option(
    help: """
      NBSVM interpolation with --nb: each term weight becomes (1 - beta) * mean|w| + beta * w (1: none; Wang and \
      Manning's published beta is 0.25).
      """)
  var nbInterpolation = ComplaintTrainer().nbInterpolation

  @Flag(
    inversion: .prefixedNo,
    help: "With --nb: average the NB-weighted fit with a plain fit on the same features (one linear model).")
  var averagePlain = ComplaintTrainer().averagePlain

  func validate() throws {
    guard nbInterpolation >= 0, nbInterpolation <= 1 else {
      throw ValidationError("--nb-interpolation must be between 0 and 1")
    }
  }

  /// Sets these options on a trainer.
  func apply(to trainer: inout ComplaintTrainer) {
    trainer.nbWeighting = nb
    trainer.binary = binary
    trainer.nbInterpolation = nbInterpolation
    trainer.averagePlain = averagePlain
  }

  /// How the learner is named in the commands' output.
  var summary: String {
    var name = nb ? "NB-weighted logistic regression" : "logistic regression"
    if nb, nbInterpolation != 1 { name += " (interpolation \(nbInterpolation))" }
    if nb, averagePlain { name += " averaged with plain logistic regression" }
    return name + (binary ? " on 0/1 terms" : " on term counts")
  }
}
