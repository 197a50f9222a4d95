import ArgumentParser
import CivicCore

/// `--taxonomy FILE` and `--model FILE`, shared by every command that routes or scores posts
/// (`@OptionGroup var classifier: ClassifierOptions`).
struct ClassifierOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "Service taxonomy TOML file (default: the built-in one, printed by `civicpulse taxonomy show`).",
      valueName: "FILE"))
  var taxonomy: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Complaint model JSON file made by `civicpulse train` (default: the built-in model).",
      valueName: "FILE"))
  var model: String?

  /// The taxonomy from `--taxonomy`, or the built-in one. Throws the file's `TaxonomyError` ("FILE:LINE: ...").
  func loadTaxonomy() throws -> Taxonomy {
    guard let taxonomy else { return .builtIn }
    return try Taxonomy.load(path: taxonomy)
  }

  func makeRouter() throws -> ServiceRouter {
    taxonomy == nil ? .builtIn : ServiceRouter(taxonomy: try loadTaxonomy())
  }

  /// The complaint scorer from `--model`, or the built-in one; `nil` while this build has no complaint model.
  func makeScorer() throws -> (any ComplaintScoring)? {
    if let model {
      throw ValidationError("--model \(model): complaint models are not available in this build")
    }
    return nil
  }

  func makeClassifier() throws -> PostClassifier {
    PostClassifier(router: try makeRouter(), scorer: try makeScorer())
  }

  /// For long-running commands: a classifier that follows edits to the `--taxonomy` file.
  func makeReloadingClassifier() throws -> ReloadingClassifier {
    ReloadingClassifier(classifier: try makeClassifier(), taxonomyPath: taxonomy)
  }
}
