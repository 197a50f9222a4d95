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
    // The taxonomy and the complaint model take a while to load: they load on other threads while the input is
    // already read and decoded. The decode threads wait for the classifier before they classify their first
    // posts, the delivery thread for the counters before it counts the first posts.
    // The model and the router are built at the same time on threads of their own (neither needs the other);
    // a --taxonomy file is read and parsed once, for both the counters and the router.
    let options = classifierOptions
    let taxonomy = BackgroundValue { try options.loadTaxonomy() }
    let counters = BackgroundValue { Pipeline.reportBuilder(taxonomy: try taxonomy.get()) }
    let scorer = BackgroundValue { try options.makeScorer() }
    let classifier = BackgroundValue {
      PostClassifier(router: options.makeRouter(for: try taxonomy.get()), scorer: try scorer.get(), explain: false)
    }
    // Posts are classified while they are decoded, from their text's bytes (no text String is built).
    // Delivered lean: Twitter v2 posts' hashtags come in a per-batch arena, counted from there.
    let engine = IngestEngine(config: config, classifier: { try? classifier.get() }) { posts, tags in
      guard let (builder, alerts) = try? counters.get() else { return }
      builder.add(posts, tags: tags)
      alerts.add(posts)
    }
    // A bad --taxonomy file, then a bad --model file, fails the command as before, with nothing printed.
    try InputFiles.run(engine) {
      _ = try counters.get()
      _ = try classifier.get()
    }
    let (builder, _) = try counters.get()
    let report = builder.report(stats: engine.stats(), errors: engine.recentErrors())
    let writer = OutputWriter()
    writer.writeLine(format == .json ? report.json() : report.text())
    writer.flush()
    try StandardOutput.check(writer)
    if InputFiles.reportFailures(engine) { throw ExitCode.failure }
  }
}
