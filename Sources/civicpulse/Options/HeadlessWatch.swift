import ArgumentParser
import CivicCore

/// `watch --headless`, callable from the dashboard's `WatchCommand`.
enum HeadlessWatch {
  static func run(_ ingest: IngestOptions, statsEvery: Double, classifierOptions: ClassifierOptions) throws {
    guard statsEvery > 0 else { throw ValidationError("--stats-every must be positive") }
    guard ingest.hasSources else { throw ValidationError("give files to follow, - for stdin, or --socket PATH") }
    let (builder, alerts) = Pipeline.reportBuilder(taxonomy: try classifierOptions.loadTaxonomy(), live: true)
    let classifier = try classifierOptions.makeClassifier().with(explain: false)
    let runner = HeadlessRunner(
      config: try ingest.config(), statsEvery: statsEvery, enrich: Pipeline.enricher(classifier),
      builder: builder, sink: { alerts.add($0) })
    do { try runner.run() } catch let error as IngestSetupError { throw ValidationError(error.message) }
  }
}
