import CivicCore

/// The `f` picker: a list of conditions to tick (complaints only, services, triage states, platforms) and a time
/// range to choose, edited on a draft and applied with Enter.
public struct FilterPicker: Sendable, Hashable {
  public enum Item: Sendable, Hashable {
    case complaints
    case service(id: String, name: String)
    case status(TriageStatus)
    case platform(Platform)
    case window(TimeWindow)
    /// Not a condition: whether the Services and Trending counts follow the filter.
    case countsFollowFilter
  }

  public enum Outcome: Sendable, Hashable {
    case editing
    case apply(PostFilter)
    /// Switch to the `:filter` prompt with this expression.
    case typeExpression(String)
    case cancelled
  }

  public let items: [Item]
  public var draft: PostFilter
  /// The draft of the `=` setting, applied with the filter.
  public var countsFollowFilter: Bool
  public var selected = 0

  /// - Parameter services: (id, name) in display order.
  public init(filter: PostFilter, services: [(id: String, name: String)], countsFollowFilter: Bool = false) {
    draft = filter
    self.countsFollowFilter = countsFollowFilter
    var items: [Item] = [.complaints]
    items += services.map { Item.service(id: $0.id, name: $0.name) }
    // Services in the filter but not in the list (typed by hand) stay visible so they can be unticked.
    let listed = Set(services.map(\.id))
    items += filter.services.subtracting(listed).sorted().map { Item.service(id: $0, name: $0) }
    items += TriageStatus.allCases.map(Item.status)
    items += Platform.allCases.map(Item.platform)
    var windows = [TimeWindow.all] + TimeWindow.presets
    if !windows.contains(filter.window) { windows.append(filter.window) }
    items += windows.map(Item.window)
    items.append(.countsFollowFilter)
    self.items = items
  }

  public func isOn(_ item: Item) -> Bool {
    switch item {
    case .complaints: return draft.complaintsOnly
    case .service(let id, _): return draft.services.contains(id)
    case .status(let status): return draft.statuses.contains(status)
    case .platform(let platform): return draft.platforms.contains(platform)
    case .window(let window): return draft.window == window
    case .countsFollowFilter: return countsFollowFilter
    }
  }

  /// "[x] Water supply", "(*) last 1h".
  public func line(_ item: Item) -> String {
    let on = isOn(item)
    switch item {
    case .window(let window):
      return (on ? "(*) " : "( ) ") + "time: " + (window == .all ? "any time" : window.description)
    case .complaints: return (on ? "[x] " : "[ ] ") + "complaints only"
    case .service(let id, let name): return (on ? "[x] " : "[ ] ") + "service: " + (name == id ? id : "\(name) (\(id))")
    case .status(let status): return (on ? "[x] " : "[ ] ") + "state: " + status.rawValue
    case .platform(let platform): return (on ? "[x] " : "[ ] ") + "platform: " + platform.rawValue
    case .countsFollowFilter: return (on ? "[x] " : "[ ] ") + "Services and Trending count only these posts (=)"
    }
  }

  public mutating func toggle() {
    guard items.indices.contains(selected) else { return }
    switch items[selected] {
    case .complaints: draft.complaintsOnly.toggle()
    case .service(let id, _): draft.services.formSymmetricDifference([id])
    case .status(let status): draft.statuses.formSymmetricDifference([status])
    case .platform(let platform): draft.platforms.formSymmetricDifference([platform])
    case .window(let window): draft.window = window
    case .countsFollowFilter: countsFollowFilter.toggle()
    }
  }

  public mutating func handle(_ key: Key) -> Outcome {
    switch key {
    case .character("j"), .down: selected = min(items.count - 1, selected + 1)
    case .character("k"), .up: selected = max(0, selected - 1)
    case .pageDown: selected = min(items.count - 1, selected + 10)
    case .pageUp: selected = max(0, selected - 10)
    case .character("g"), .home: selected = 0
    case .character("G"), .end: selected = items.count - 1
    case .character(" "), .character("x"): toggle()
    case .character("F"): draft = PostFilter()
    case .enter: return .apply(draft)
    case .character(":"): return .typeExpression(FilterExpression.format(draft))
    case .escape, .character("q"), .character("f"): return .cancelled
    default: break
    }
    return .editing
  }
}
