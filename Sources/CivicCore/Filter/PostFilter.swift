/// What the Posts pane shows: every condition that is set must hold (an empty set means "any").
public struct PostFilter: Sendable, Hashable {
  /// Service ids; a post matches when any of its services is in the set.
  public var services: Set<String>
  public var complaintsOnly: Bool
  /// Triage statuses; a post without marks counts as `.open`.
  public var statuses: Set<TriageStatus>
  public var platforms: Set<Platform>
  public var window: TimeWindow

  public init(
    services: Set<String> = [], complaintsOnly: Bool = false, statuses: Set<TriageStatus> = [],
    platforms: Set<Platform> = [], window: TimeWindow = .all
  ) {
    self.services = services
    self.complaintsOnly = complaintsOnly
    self.statuses = statuses
    self.platforms = platforms
    self.window = window
  }

  /// The filter that lets every post through.
  public static let none = PostFilter()

  /// True when the filter lets every post through (`F` restores this).
  public var isEmpty: Bool { self == .none }

  /// Whether the post passes. `state` is the post's triage state (nil when it has no marks); `now` anchors
  /// `.last` windows.
  public func matches(_ post: Post, state: TriageState?, now: EpochMillis) -> Bool {
    if complaintsOnly, !post.complaint { return false }
    if !platforms.isEmpty, !platforms.contains(post.platform) { return false }
    if !services.isEmpty, !post.services.contains(where: { services.contains($0) }) { return false }
    if !statuses.isEmpty, !statuses.contains(state?.status ?? .open) { return false }
    return window.contains(post.time, now: now)
  }

  /// The posts that pass, in their order.
  public func apply(to posts: [Post], states: [String: TriageState], now: EpochMillis) -> [Post] {
    guard !isEmpty else { return posts }
    return posts.filter { matches($0, state: states[$0.id], now: now) }
  }

  /// Short text for the pane title, e.g. "water, complaints, last 1h"; empty when the filter is empty.
  public var description: String {
    var parts: [String] = []
    if !services.isEmpty { parts.append(services.sorted().joined(separator: "+")) }
    if complaintsOnly { parts.append("complaints") }
    if !statuses.isEmpty { parts.append(statuses.map(\.rawValue).sorted().joined(separator: "+")) }
    if !platforms.isEmpty { parts.append(platforms.map(\.rawValue).sorted().joined(separator: "+")) }
    let window = window.description
    if !window.isEmpty { parts.append(window) }
    return parts.joined(separator: ", ")
  }
}
