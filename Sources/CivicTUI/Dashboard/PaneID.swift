/// The dashboard's focusable panes, in Tab order.
public enum PaneID: String, Sendable, Hashable, CaseIterable {
  case posts
  case services
  case trending

  public var title: String {
    switch self {
    case .posts: return "Posts"
    case .services: return "Services"
    case .trending: return "Trending"
    }
  }
}
