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
  /// printed is flushed before it counts as a success (see `StandardOutput`). Every error message goes out
  /// through `StandardError`, which shows control characters in it (a typed path, an option's value) as symbols.
  static func main() {
    BuiltinWarmUp.start(CommandLine.arguments)
    var command: any ParsableCommand
    do {
      command = try parseAsRoot()
    } catch {
      fail(error)
    }
    do {
      try command.run()
      try StandardOutput.checkPrinted()
    } catch let error as ValidationError {
      StandardError.say("Error: \(error.message)")
      exit(withError: ExitCode.validationFailure)
    } catch {
      fail(error)
    }
  }

  /// Ends as `exit(withError:)` does, with the message (when it is one for stderr) printed by `StandardError`;
  /// help and the version, on stdout, are ArgumentParser's own.
  static func fail(_ error: Error) -> Never {
    let code = exitCode(for: error)
    if code.isSuccess { exit(withError: error) }
    let message = fullMessage(for: error)
    if !message.isEmpty { StandardError.say(message) }
    exit(withError: code)
  }
}
