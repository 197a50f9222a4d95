import ArgumentParser
import CivicTUI
import Foundation

/// `civicpulse themes`: the theme folders searched, every theme found and where, and which one would be used.
struct ThemesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "themes",
    abstract: "List the colour themes found, where they come from, and which one would be used.",
    discussion: """
      Themes are searched in this order: --theme NAME|PATH, $XDG_CONFIG_HOME/civicpulse/themes \
      (default ~/.config/civicpulse/themes), <bindir>/../share/civicpulse/themes, the themes/ folder of a \
      CivicPulse checkout, then the copies compiled into the binary. The format is described in themes/README.md. \
      Exits with status 1 when the theme that would be used has a mistake (so this also checks a theme file).
      """
  )

  @Option(name: .long, help: ArgumentHelp("Check and show the theme that --theme would pick.", valueName: "name|path"))
  var theme: String?

  func run() throws {
    let loader = ThemeLoader.forCurrentProcess()
    let environment = ProcessInfo.processInfo.environment
    print(Self.report(loader: loader, request: theme, environment: environment), terminator: "")
    if !loader.load(theme).errors.isEmpty { throw ExitCode(1) }
  }

  /// The whole listing as text (kept apart from `run` so it reads as one piece).
  static func report(loader: ThemeLoader, request: String?, environment: [String: String]) -> String {
    var out = "Theme folders, searched in this order after --theme:\n"
    for directory in loader.directories {
      var isDirectory: ObjCBool = false
      let exists = FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory)
      let note = exists && isDirectory.boolValue ? "" : "  (not present)"
      out += "  \(pad(directory.kind.rawValue, 11)) \(directory.path)\(note)\n"
    }
    out += "  \(pad("built-in", 11)) compiled into the binary\n\n"

    let available = loader.available()
    let width = max(8, available.map(\.name.count).max() ?? 0)
    out += "Themes (the t key cycles through them in this order):\n"
    for entry in available {
      let loaded = loader.load(entry.name)
      let status = loaded.errors.isEmpty ? "ok" : "BROKEN"
      out += "  \(pad(entry.name, width))  \(pad(status, 6))  \(entry.location)\n"
      if !loaded.errors.isEmpty { out += "      (not usable: the default theme is used instead)\n" }
      for error in loaded.errors { out += "      \(error)\n" }
    }
    let shadowed = loader.candidates().filter { candidate in
      available.contains { $0.name == candidate.name && $0.location != candidate.location }
    }
    if !shadowed.isEmpty {
      out += "\nAlso found, hidden by one of the same name earlier in the search order:\n"
      for entry in shadowed { out += "  \(pad(entry.name, width))  \(entry.location)\n" }
    }

    let chosen = loader.load(request)
    out += "\nWould use: \(chosen.requested)"
    if chosen.errors.isEmpty {
      out += " (\(chosen.location))\n"
    } else {
      out += " -- it has mistakes, so the default theme (\(chosen.location)) would be used instead:\n"
      for error in chosen.errors { out += "  \(error)\n" }
    }
    let depth = ColorDepth.detect(environment: environment)
    let facts = ["TERM", "COLORTERM", "NO_COLOR"].compactMap { key in environment[key].map { "\(key)=\($0)" } }
    let given = facts.isEmpty ? "TERM unset" : facts.joined(separator: ", ")
    out += "Colour depth here: \(depth) (\(given); the dashboard also asks the terminal)\n"
    return out
  }

  private static func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
  }
}
