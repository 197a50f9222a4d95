import ArgumentParser
import CivicStore

/// `--state PATH`, shared by every command that opens the triage state database (`watch`, `export`, ...).
struct StateOption: ParsableArguments {
  @Option(
    name: .customLong("state"),
    help: ArgumentHelp(
      "Triage state database shared by every terminal.", discussion: "Default: $XDG_STATE_HOME/civicpulse/state.db.",
      valueName: "path"))
  var state: String?

  /// The path to open: `--state`, else the XDG default.
  var path: String { StatePath.resolve(state) }
}
