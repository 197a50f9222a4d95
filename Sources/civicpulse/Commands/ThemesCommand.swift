import ArgumentParser
import CivicCore
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

  @Flag(name: .long, help: "Show a sample of each theme in this terminal's colours.")
  var preview = false

  @Flag(name: .long, help: "Attributes only, as with NO_COLOR (for --preview).")
  var noColor = false

  func run() throws {
    let loader = ThemeLoader.forCurrentProcess()
    let environment = ProcessInfo.processInfo.environment
    // Theme names, paths and their mistakes come from files and the environment: shown with visible symbols.
    let report = Self.report(loader: loader, request: theme, environment: environment)
    print(TerminalText.printableLines(report), terminator: "")
    if preview {
      print("")
      print(Self.preview(loader: loader, environment: environment, noColor: noColor), terminator: "")
    }
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
    let term = environment["TERM"] ?? ""
    let drawn = ColorDepth.drawn(depth, term: term)
    if drawn != depth {
      out +=
        "  The dashboard draws through ncurses, which has \(drawn) for TERM=\(term): each theme colour is drawn as"
        + " the nearest of them. For 24-bit colour, run it with a direct-colour TERM (e.g. TERM=xterm-direct)"
        + " if the terminal supports it.\n"
    }
    return out
  }

  /// Three sample lines per theme, drawn with ANSI escapes at the colour depth detected from the environment.
  static func preview(loader: ThemeLoader, environment: [String: String], noColor: Bool) -> String {
    let profile: TerminalProfile
    do {
      profile = try TerminalProfile.detect(term: environment["TERM"], env: environment, noColorFlag: noColor)
    } catch {
      return "No preview: \(error)\n"
    }
    let depth = profile.colorDepth
    let glyphs = profile.glyphs
    var out = "Preview at \(depth):\n"
    for entry in loader.available() {
      let theme = loader.load(entry.name).theme.adapted(to: depth)
      func line(_ parts: [(String, TextStyle)]) -> String {
        let width = parts.reduce(0) { $0 + $1.0.count }
        let filler = String(repeating: " ", count: max(0, 64 - width))
        return "    " + parts.map { SGR.styled($0.0, $0.1) }.joined() + SGR.styled(filler, theme.style(.background))
          + "\n"
      }
      let text = theme.style(.text)
      out += "  \(TerminalText.printable(entry.name))\n"
      out += line([
        (" CivicPulse  09:41  demo: live  42 posts/min ", theme.style(.header)), (" ", text),
        ("Posts", theme.style(.titleFocused)), (" ", text), ("Services", theme.style(.title)),
      ])
      out += line([
        ("09:40 ", theme.style(.dim)), ("water ", theme.serviceStyle(id: "water", index: 0)),
        ("\(glyphs.complaint) ", theme.style(.complaint)), ("No water since 6am ", text),
        ("roads ", theme.serviceStyle(id: "roads", index: 1)), ("14", theme.style(.complaint)), (" ", text),
        (glyphs.sparkline([0, 1, 3, 2, 6, 9, 14]), theme.style(.sparkline)), (" ", text),
        (String(glyphs.rising), theme.style(.trendRising)), (String(glyphs.falling), theme.style(.trendFalling)),
        (" #flood", theme.style(.notComplaint)),
      ])
      out += line([
        (" \(glyphs.alert) ALERT water ", theme.style(.alertBanner)), (" ", text),
        (" selected ", theme.style(.selection)), (" ", text), ("hit", theme.style(.searchHit)), (" ", text),
        (" q", theme.style(.statusKey)), (" quit ", theme.style(.statusBar)), (" ?", theme.style(.statusKey)),
        (" help ", theme.style(.statusBar)),
      ])
    }
    return out
  }

  private static func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
  }
}
