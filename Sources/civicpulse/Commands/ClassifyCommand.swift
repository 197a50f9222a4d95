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

  func run() throws {
    let config = try InputFiles.config(files, decoding: decoding)
    let writer = OutputWriter()
    let engine = IngestEngine(config: config, enrich: Pipeline.enricher()) { posts in
      for post in posts { writer.writeLine(ClassifyLine.json(post)) }
    }
    try InputFiles.run(engine)
    writer.flush()
    if InputFiles.reportFailures(engine) { throw ExitCode.failure }
  }
}
