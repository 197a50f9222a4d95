import CivicTUI
import Foundation

/// `watch` is the default command, so a misspelt command (`civicpulse reprot posts.json`) would otherwise open
/// the dashboard on a file named "reprot" that does not exist, waiting for it to be created.
enum CommandTypo {
  /// The message for a first argument that is no existing file and reads like a misspelt command name, or nil.
  /// Paths (a "/" or a ".") are never taken for commands: `./reprot` follows a file of that name.
  static func suggestion(
    for argument: String?,
    commands: [String] = CivicPulse.configuration.subcommands.compactMap {
      $0.configuration.commandName
    }, fileExists: (String) -> Bool = { FileManager.default.fileExists(atPath: $0) }
  ) -> String? {
    guard let argument, argument != "-", !argument.contains("/"), !argument.contains("."),
      !commands.contains(argument), !fileExists(argument)
    else { return nil }
    let near = commands.map { ($0, ThemeParser.editDistance(argument.lowercased(), $0)) }
      .filter { $0.1 <= 2 && $0.1 < max(2, $0.0.count / 2) }
      .min { $0.1 < $1.1 }
    guard let (command, _) = near else { return nil }
    return
      "'\(argument)' is not a command and no such file exists: did you mean `civicpulse \(command)`? "
      + "(To follow a file of that name once it is created, give it as ./\(argument).)"
  }
}
