import ArgumentParser
import Foundation

@main
struct CivicPulse: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "civicpulse",
    abstract: "Watch public-service posts in the terminal: complaints per service, trends and spike alerts.",
    version: "0.1.0",
    subcommands: [
      WatchCommand.self,
      ReportCommand.self,
      ClassifyCommand.self,
      TaxonomyCommand.self,
      TrainCommand.self,
      EvalCommand.self,
      ExportCommand.self,
      ThemesCommand.self,
      TriageMarkCommand.self,
    ],
    defaultSubcommand: WatchCommand.self
  )

  /// Parses and runs like ArgumentParser's own `main`, except that a `ValidationError` thrown while the command
  /// runs (a file that cannot be read, a model that does not load) is printed as `Error: <message>` alone, with
  /// the usage exit status (64): ArgumentParser would add the root command's usage line, which says nothing
  /// about the subcommand that failed. Errors found while parsing keep the subcommand's usage. What the command
  /// printed is flushed before it counts as a success (see `StandardOutput`).
  static func main() {
    BuiltinWarmUp.start(CommandLine.arguments)
    var command: any ParsableCommand
    do {
      command = try parseAsRoot()
    } catch {
      exit(withError: error)
    }
    do {
      try command.run()
      try StandardOutput.checkPrinted()
    } catch let error as ValidationError {
      FileHandle.standardError.write(Data("Error: \(error.message)\n".utf8))
      exit(withError: ExitCode.validationFailure)
    } catch {
      exit(withError: error)
    }
  }
}
