import ArgumentParser

@main
struct CivicPulse: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "civicpulse",
    abstract: "Watch public-service posts in the terminal: complaints per service, trends and spike alerts.",
    version: "0.1.0",
    subcommands: [
      WatchCommand.self, ReportCommand.self, ClassifyCommand.self, TaxonomyCommand.self, TrainCommand.self,
      EvalCommand.self, ThemesCommand.self,
    ],
    defaultSubcommand: WatchCommand.self
  )
}
