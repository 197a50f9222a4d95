/// `t`: switches to the next theme the loader finds, adapted to the terminal's colour depth.
public struct ThemeCycler: Sendable {
  public var loader: ThemeLoader
  public var depth: ColorDepth
  /// Name of the theme in use.
  public private(set) var current: String

  public init(loader: ThemeLoader, depth: ColorDepth, current: String) {
    self.loader = loader
    self.depth = depth
    self.current = current
  }

  /// Loads the next theme; returns it (adapted) with the message for the status bar.
  public mutating func next() -> (theme: Theme, message: String, isError: Bool) {
    let name = loader.next(after: current)
    let loaded = loader.load(name)
    current = name
    if let problem = loaded.errors.first {
      return (loaded.theme.adapted(to: depth), "theme \(name): \(problem) (default used)", true)
    }
    return (loaded.theme.adapted(to: depth), "theme: \(name) (t: next)", false)
  }
}
