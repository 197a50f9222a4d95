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

  /// The router for a taxonomy already loaded by `loadTaxonomy()` (so a command that needs both parses the file
  /// once, and both see the same version of it).
  func makeRouter(for loaded: Taxonomy) -> ServiceRouter {
    taxonomy == nil ? .builtIn : ServiceRouter(taxonomy: loaded)
  }

  /// The complaint scorer from `--model`, or the built-in one.
  func makeScorer() throws -> (any ComplaintScoring)? {
    if let model {
      do {
        return try ComplaintModel.load(path: model)
      } catch {
        throw ValidationError("\(error)")
      }
    }
    return ComplaintModel.builtIn
  }

  func makeClassifier() throws -> PostClassifier {
    PostClassifier(router: try makeRouter(), scorer: try makeScorer())
  }

  /// For long-running commands: a classifier that follows edits to the `--taxonomy` file, starting from the
  /// taxonomy the command has loaded.
  /// `explain: false` for the counting paths, which never show `why`.
  func makeReloadingClassifier(for loaded: Taxonomy, explain: Bool = true) throws -> ReloadingClassifier {
    let classifier = PostClassifier(router: makeRouter(for: loaded), scorer: try makeScorer(), explain: explain)
    return ReloadingClassifier(classifier: classifier, taxonomyPath: taxonomy)
  }
}
