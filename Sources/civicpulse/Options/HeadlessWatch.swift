import ArgumentParser
import CivicCore

/// `watch --headless`, callable from the dashboard's `WatchCommand`.
enum HeadlessWatch {
  static func run(
    _ ingest: IngestOptions, statsEvery: Double, classifierOptions: ClassifierOptions, alertOptions: AlertOptions
  ) throws {
    guard statsEvery > 0 else { throw ValidationError("--stats-every must be positive") }
    guard ingest.hasSources else { throw ValidationError("give files to follow, - for stdin, or --socket PATH") }
    let taxonomy = try classifierOptions.loadTaxonomy()
    let (builder, alerts) = Pipeline.reportBuilder(taxonomy: taxonomy, live: true)
    let classifier = try classifierOptions.makeClassifier().with(explain: false)
    // --alert-log / --on-alert: the same live alerts as the dashboard, delivered as they start, change and end.
    let live = try alertOptions.makeOutputs().map { outputs in
      HeadlessAlerts(
        services: taxonomy.services.map { ServiceInfo(id: $0.id, name: $0.name) }, outputs: outputs)
    }
    let runner = HeadlessRunner(
      config: try ingest.config(), statsEvery: statsEvery, enrich: Pipeline.enricher(classifier),
      builder: builder,
      sink: { posts in
        alerts.add(posts)
        live?.add(posts)
      })
    live?.start()
    defer { live?.stop() }
    do { try runner.run() } catch let error as IngestSetupError { throw ValidationError(error.message) }
  }
}
