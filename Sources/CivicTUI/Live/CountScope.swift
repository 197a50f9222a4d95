import CivicCore

/// What the Services and Trending panes count when they follow the Posts filter (issue 7: "counts in the other
/// panes stay global unless the user asks for them to follow the filter"): the kept posts `include` accepts,
/// and, when the filter names services, only those services' rows.
public struct CountScope {
  public var include: (Post) -> Bool
  /// The services the filter names; empty: every service.
  public var services: Set<String>

  public init(include: @escaping (Post) -> Bool, services: Set<String> = []) {
    self.include = include
    self.services = services
  }
}
