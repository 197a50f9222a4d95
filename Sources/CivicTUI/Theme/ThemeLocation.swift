/// Where a theme's text comes from: a file, or the copy compiled into the binary.
public enum ThemeLocation: Sendable, Hashable, CustomStringConvertible {
  case builtIn
  case file(String)

  /// The path, or `built-in`.
  public var description: String {
    switch self {
    case .builtIn: return "built-in"
    case .file(let path): return path
    }
  }

  /// The name used in error messages: the path, or `built-in:<name>`.
  func errorName(theme name: String) -> String {
    switch self {
    case .builtIn: return "built-in:\(name)"
    case .file(let path): return path
    }
  }
}

/// One theme found by the loader.
public struct ThemeEntry: Sendable, Hashable {
  public var name: String
  public var location: ThemeLocation
  /// The kind of folder it was found in; nil for the compiled-in copy.
  public var kind: ThemeDirectory.Kind?

  public init(name: String, location: ThemeLocation, kind: ThemeDirectory.Kind?) {
    self.name = name
    self.location = location
    self.kind = kind
  }
}

/// The outcome of loading a theme: always a usable theme, plus what went wrong if anything did.
public struct LoadedTheme: Sendable {
  /// The theme to draw with. When `errors` is not empty this is the fallback (`default`).
  public var theme: Theme
  /// The name that was asked for (a path's file name without `.theme`).
  public var requested: String
  /// Where the theme in use came from.
  public var location: ThemeLocation
  /// Mistakes found; each names file, line and key. Not empty means the requested theme was not used.
  public var errors: [ThemeError]

  public var usedFallback: Bool { !errors.isEmpty }

  /// One status-bar line for the mistakes (the first in full, how many more), or nil when there are none:
  /// `theme: themes/x.theme:3: key 'alert': unknown colour 'purpel' (+1 more; default theme used)`.
  public var problemSummary: String? {
    guard let first = errors.first else { return nil }
    let more = errors.count > 1 ? "+\(errors.count - 1) more; " : ""
    return "theme: \(first) (\(more)default theme used)"
  }
}
