import ArgumentParser
import CivicCore

/// `civicpulse report [FILE...] [--format text|json]`: read to the end and print a summary.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Read posts to the end (stdin when no file is given) and print a summary.")

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }

  @Argument(help: ArgumentHelp("Files to read (- is stdin; .gz files are inflated).", valueName: "file"))
  var files: [String] = []

  @Option(help: "Output format.")
  var format: Format = .text

  @OptionGroup var decoding: DecodingOptions

  func run() throws {
    let config = try InputFiles.config(files, decoding: decoding)
    let builder = Pipeline.reportBuilder()
    let engine = IngestEngine(config: config, enrich: Pipeline.enricher()) { builder.add($0) }
    try InputFiles.run(engine)
    let report = builder.report(stats: engine.stats(), errors: engine.recentErrors())
    let writer = OutputWriter()
    writer.writeLine(format == .json ? report.json() : report.text())
    writer.flush()
    if InputFiles.reportFailures(engine) { throw ExitCode.failure }
  }
}
