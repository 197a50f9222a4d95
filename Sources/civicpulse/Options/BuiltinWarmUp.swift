import CivicCore
import Foundation

/// Starts building the built-in router (taxonomy included) and complaint model on threads of their own before
/// the command line is parsed, for the one-shot commands that use them (`report`, `classify`): parsing the
/// command line takes a few milliseconds of its own, and a short run waits for both. Only the built-in ones
/// that the command line does not replace (`--taxonomy`, `--model`) are built; the command then finds them
/// built, or waits for them as it would have built them (both are lazily initialised globals, built once).
/// Any other command line starts nothing.
enum BuiltinWarmUp {
  static let commands: Set<String> = ["report", "classify"]

  /// What to build early for `arguments` (the program's name first): the router, the model, both or neither.
  static func plan(_ arguments: [String]) -> (router: Bool, model: Bool) {
    guard arguments.count > 1, commands.contains(arguments[1]) else { return (false, false) }
    let rest = arguments.dropFirst(2)
    func given(_ option: String) -> Bool { rest.contains { $0 == option || $0.hasPrefix(option + "=") } }
    return (!given("--taxonomy"), !given("--model"))
  }

  static func start(_ arguments: [String]) {
    let (router, model) = plan(arguments)
    if router { Thread.detachNewThread { _ = ServiceRouter.builtIn } }
    if model { Thread.detachNewThread { _ = ComplaintModel.builtIn } }
  }
}
