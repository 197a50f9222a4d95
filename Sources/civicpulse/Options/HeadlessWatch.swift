import ArgumentParser
import CivicCore

/// `watch --headless`, callable from the dashboard's `WatchCommand`.
enum HeadlessWatch {
  static func run(_ ingest: IngestOptions, statsEvery: Double) throws {
    guard statsEvery > 0 else { throw ValidationError("--stats-every must be positive") }
    guard ingest.hasSources else { throw ValidationError("give files to follow, - for stdin, or --socket PATH") }
    let runner = HeadlessRunner(
      config: try ingest.config(), statsEvery: statsEvery, enrich: Pipeline.enricher(),
      builder: Pipeline.reportBuilder())
    do { try runner.run() } catch let error as IngestSetupError { throw ValidationError(error.message) }
  }
}
