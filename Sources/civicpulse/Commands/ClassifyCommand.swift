import ArgumentParser
import CivicCore

/// `civicpulse classify [FILE...]`: one normalised, classified post per output line (JSON).
struct ClassifyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "classify",
    abstract: "Print each post as one JSON line with its services and complaint score (stdin when no file).")

  @Argument(help: ArgumentHelp("Files to read (- is stdin; .gz files are inflated).", valueName: "file"))
  var files: [String] = []

  @OptionGroup var decoding: DecodingOptions
  @OptionGroup var classifierOptions: ClassifierOptions

  func run() throws {
    let config = try InputFiles.config(files, decoding: decoding)
    let writer = OutputWriter()
    // Posts typed at the terminal are answered as each line is entered, not at Ctrl-D.
    let typing = InputFiles.readsTerminal(files)
    let engine = IngestEngine(config: config, enrich: Pipeline.enricher(try classifierOptions.makeClassifier())) {
      posts in
      for post in posts { writer.writeLine(ClassifyLine.json(post)) }
      if typing { writer.flush() }
    }
    try InputFiles.run(engine, typing: typing, output: writer)
    writer.flush()
    try StandardOutput.check(writer)
    if InputFiles.reportFailures(engine) { throw ExitCode.failure }
  }
}
