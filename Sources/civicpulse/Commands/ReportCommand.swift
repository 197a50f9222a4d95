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
    // The classifier (the complaint model takes a while to load) is made on another thread while the input is
    // already read and decoded; the decode threads wait for it before they classify their first posts.
    let options = classifierOptions
    let classifier = BackgroundValue { try options.makeClassifier().with(explain: false) }
    let enricher: @Sendable () -> PostEnricher? = { (try? classifier.get()).map(Pipeline.enricher) }
    let engine = IngestEngine(config: config, enricher: enricher) { posts in
      builder.add(posts)
      alerts.add(posts)
    }
    // A classifier that cannot be made (a bad --model file) fails the command as before, with nothing printed.
    try InputFiles.run(engine) { _ = try classifier.get() }
    let report = builder.report(stats: engine.stats(), errors: engine.recentErrors())
    let writer = OutputWriter()
    writer.writeLine(format == .json ? report.json() : report.text())
    writer.flush()
    if InputFiles.reportFailures(engine) { throw ExitCode.failure }
  }
}
