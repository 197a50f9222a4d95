/// What one theme file says, before it is laid over the theme it inherits from.
public struct ThemeDocument: Sendable, Equatable {
  /// The theme this one builds on (`inherits = name`); nil means `default`.
  public var inherits: String?
  /// A one-line description for `civicpulse themes`.
  public var summary: String?
  /// The roles this file sets itself.
  public var styles: [ThemeRole: TextStyle]
  /// `service.accent.N` by N. When a file sets any accent, its accents replace the inherited list.
  public var accents: [Int: TextStyle]
  /// `service.<id>` by service id; each one overrides the inherited style for that service only.
  public var services: [String: TextStyle]

  public init(
    inherits: String? = nil, summary: String? = nil, styles: [ThemeRole: TextStyle] = [:],
    accents: [Int: TextStyle] = [:], services: [String: TextStyle] = [:]
  ) {
    self.inherits = inherits
    self.summary = summary
    self.styles = styles
    self.accents = accents
    self.services = services
  }

  /// This document laid over `base`: keys it sets win, the rest come from `base`.
  public func applied(to base: Theme, name: String) -> Theme {
    var theme = base
    theme.name = name
    theme.styles.merge(styles) { _, own in own }
    if !accents.isEmpty {
      theme.serviceAccents = accents.keys.sorted().compactMap { accents[$0] }
    }
    theme.serviceStyles.merge(services) { _, own in own }
    return theme
  }
}

extension Theme {
  /// The theme with `default` colours filled in from the `background` role, so that a theme with its own
  /// background (light, nord) paints every role on that background. A `.terminalDefault` left after this
  /// really means the terminal's own colour.
  public func fillingDefaultsFromBackground() -> Theme {
    let base = style(.background)
    guard base.foreground != .terminalDefault || base.background != .terminalDefault else { return self }
    func filled(_ style: TextStyle) -> TextStyle {
      var style = style
      if style.foreground == .terminalDefault { style.foreground = base.foreground }
      if style.background == .terminalDefault { style.background = base.background }
      return style
    }
    var theme = self
    for (role, style) in styles { theme.styles[role] = filled(style) }
    for role in ThemeRole.allCases where styles[role] == nil { theme.styles[role] = filled(.plain) }
    theme.serviceAccents = serviceAccents.map(filled)
    theme.serviceStyles = serviceStyles.mapValues(filled)
    return theme
  }
}
