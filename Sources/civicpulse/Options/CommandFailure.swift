/// A command failure with a message for the user: ArgumentParser prints `Error: <message>` without the usage
/// block and exits with status 1. For failures that are not a misuse of the command line (a terminal that cannot
/// show the dashboard, a model file that cannot be read); `ValidationError` stays for those that are.
struct CommandFailure: Error, CustomStringConvertible {
  var description: String

  init(_ description: String) { self.description = description }
}
