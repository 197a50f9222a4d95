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
  @OptionGroup var classifierOptions: ClassifierOptions

  func run() throws {
    var config = try InputFiles.config(files, decoding: decoding)
    config.decoderOptions.countingOnly = true  // the summary needs no author names or post URLs
    let (builder, alerts) = Pipeline.reportBuilder(taxonomy: try classifierOptions.loadTaxonomy())
    let classifier = try classifierOptions.makeClassifier().with(explain: false)
    let engine = IngestEngine(config: config, enrich: Pipeline.enricher(classifier)) { posts in
      builder.add(posts)
      alerts.add(posts)
    }
    try InputFiles.run(engine)
    let report = builder.report(stats: engine.stats(), errors: engine.recentErrors())
    let writer = OutputWriter()
    writer.writeLine(format == .json ? report.json() : report.text())
    writer.flush()
    if InputFiles.reportFailures(engine) { throw ExitCode.failure }
  }
}
