import ArgumentParser
import CivicCore

/// Stand-in `watch` for the ingest branch: only `--headless` (the dashboard branch owns the real command and
/// calls `HeadlessWatch.run` for `--headless`).
struct WatchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "watch", abstract: "Watch posts live (this build: --headless only).")

  @OptionGroup var ingest: IngestOptions
  @OptionGroup var classifierOptions: ClassifierOptions

  @Flag(help: "No UI: print the report JSON as one line every --stats-every seconds and on exit.")
  var headless = false

  @Option(name: .customLong("stats-every"), help: "Seconds between report lines in --headless mode.")
  var statsEvery: Double = 10

  func run() throws {
    guard headless else { throw ValidationError("the dashboard is not part of this build; use --headless") }
    try HeadlessWatch.run(ingest, statsEvery: statsEvery, classifierOptions: classifierOptions)
  }
}
