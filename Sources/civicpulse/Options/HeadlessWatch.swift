import ArgumentParser
import CivicCore
import Foundation

/// `watch --headless`, callable from the dashboard's `WatchCommand`.
enum HeadlessWatch {
  static func run(
    _ ingest: IngestOptions, statsEvery: Double, classifierOptions: ClassifierOptions, alertOptions: AlertOptions
  ) throws {
    guard statsEvery > 0 else { throw ValidationError("--stats-every must be positive") }
    // A year at most: the runner turns the interval into a wait, and an infinite or huge one would not fit.
    guard statsEvery <= 31_536_000 else {
      throw ValidationError("--stats-every must be at most 31536000 seconds (a year)")
    }
    guard ingest.hasSources else { throw ValidationError("give files to follow, - for stdin, or --socket PATH") }
    let taxonomy = try classifierOptions.loadTaxonomy()
    let (builder, alerts) = Pipeline.reportBuilder(taxonomy: taxonomy, live: true)
    // The --taxonomy file is followed as in the dashboard: a valid edit routes new posts without a restart, a
    // broken one keeps the old taxonomy and says why on stderr.
    let reloader = TaxonomyReloader(try classifierOptions.makeReloadingClassifier(for: taxonomy, explain: false))
    // --alert-log / --on-alert: the same live alerts as the dashboard, delivered as they start, change and end.
    let live = try alertOptions.makeOutputs().map { outputs in
      HeadlessAlerts(
        services: taxonomy.services.map { ServiceInfo(id: $0.id, name: $0.name) }, outputs: outputs,
        replaying: ingest.replay != nil)
    }
    reloader.start(
      onServices: { services in
        builder.setServiceNames(Dictionary(services.map { ($0.id, $0.name) }) { first, _ in first })
        alerts.setServices(services)
        live?.setServices(services)
      },
      onNotice: { notice in
        let path = classifierOptions.taxonomy ?? "taxonomy"
        StandardError.say("civicpulse: \(notice ?? "\(path): reloaded")")
      })
    defer { reloader.stop() }
    let runner = HeadlessRunner(
      config: try ingest.config(), statsEvery: statsEvery, enrich: reloader.enrich,
      builder: builder,
      sink: { posts in
        alerts.add(posts)
        live?.add(posts)
      })
    // With --replay the alerts count on the replay's clock (an archive plays as if live), else on the wall clock.
    let engine = runner.engine
    live?.start(clock: { engine.eventTime() })
    defer { live?.stop() }
    do { try runner.run() } catch let error as IngestSetupError { throw ValidationError(error.message) }
    try StandardOutput.check(runner.output)
  }
}
