import CivicCore

/// A resolved theme: a style for every role, plus accents for services. The theme helper owns loading and parsing
/// (themes/README.md); this minimal form is what panes render with.
public struct Theme: Sendable {
  public var name: String
  public var styles: [ThemeRole: TextStyle]
  /// Accent styles cycled over services (service index modulo count) unless a service has its own.
  public var serviceAccents: [TextStyle]
  /// Per-service overrides by service id (`service.water = blue`).
  public var serviceStyles: [String: TextStyle]

  public init(
    name: String, styles: [ThemeRole: TextStyle], serviceAccents: [TextStyle] = [],
    serviceStyles: [String: TextStyle] = [:]
  ) {
    self.name = name
    self.styles = styles
    self.serviceAccents = serviceAccents
    self.serviceStyles = serviceStyles
  }

  public func style(_ role: ThemeRole) -> TextStyle { styles[role] ?? .plain }

  public func serviceStyle(id: String, index: Int) -> TextStyle {
    if let own = serviceStyles[id] { return own }
    guard !serviceAccents.isEmpty else { return style(.text) }
    return serviceAccents[abs(index) % serviceAccents.count]
  }
}
