import Foundation

/// A folder searched for `<name>.theme` files, and the standard search order.
public struct ThemeDirectory: Sendable, Hashable {
  public enum Kind: String, Sendable, Hashable {
    /// `$XDG_CONFIG_HOME/civicpulse/themes` (default `~/.config/civicpulse/themes`).
    case user
    /// `<bindir>/../share/civicpulse/themes` next to an installed binary.
    case installed
    /// `themes/` at the root of a CivicPulse checkout.
    case repository
  }

  public var path: String
  public var kind: Kind

  public init(path: String, kind: Kind) {
    self.path = path
    self.kind = kind
  }

  /// The folders searched, in order: user config, installed share folder, repository checkout(s). Folders that do
  /// not exist are kept (they are listed by `civicpulse themes`); repository folders only when found.
  public static func standard(
    environment: [String: String], currentDirectory: String, executablePath: String?
  ) -> [ThemeDirectory] {
    var result: [ThemeDirectory] = []
    if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
      result.append(ThemeDirectory(path: join(xdg, "civicpulse/themes"), kind: .user))
    } else if let home = environment["HOME"], !home.isEmpty {
      result.append(ThemeDirectory(path: join(home, ".config/civicpulse/themes"), kind: .user))
    }
    var binDirectory: String?
    if let executablePath, !executablePath.isEmpty {
      let resolved = URL(fileURLWithPath: executablePath, relativeTo: URL(fileURLWithPath: currentDirectory))
        .resolvingSymlinksInPath()
      binDirectory = resolved.deletingLastPathComponent().path
    }
    if let binDirectory {
      result.append(
        ThemeDirectory(path: normalized(join(binDirectory, "../share/civicpulse/themes")), kind: .installed))
    }
    for start in [currentDirectory, binDirectory].compactMap({ $0 }) {
      if let root = repositoryRoot(above: start) {
        let directory = ThemeDirectory(path: join(root, "themes"), kind: .repository)
        if !result.contains(directory) { result.append(directory) }
      }
    }
    return result
  }

  /// The nearest folder at or above `start` holding both `Package.swift` and `themes/default.theme`.
  public static func repositoryRoot(above start: String) -> String? {
    let files = FileManager.default
    var directory = normalized(start)
    while true {
      if files.fileExists(atPath: join(directory, "Package.swift"))
        && files.fileExists(atPath: join(directory, "themes/default.theme"))
      {
        return directory
      }
      let parent = (directory as NSString).deletingLastPathComponent
      if parent == directory || parent.isEmpty { return nil }
      directory = parent
    }
  }

  static func join(_ directory: String, _ name: String) -> String {
    directory.hasSuffix("/") ? directory + name : directory + "/" + name
  }

  static func normalized(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.path
  }
}
