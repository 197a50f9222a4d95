/// The officer's workflow keys (issue 7): filter, search, the detail view, triage marks and export. They are
/// bindings of the dashboard's key map, so the help overlay lists them; `WorkflowController` performs them.
public enum WorkflowCommand: Sendable, Hashable {
  /// Enter: open the selected post (Posts), filter by the selected service (Services), search a tag (Trending).
  case open
  case filterPicker
  case commandPrompt
  case clearFilter
  /// `=`: the Services and Trending counts follow the Posts filter, or count every post.
  case toggleCountsFollowFilter
  case search
  case nextHit
  case previousHit
  case markHandled
  case escalate
  case markNotComplaint
  case addNote
  case undo
  case export

  /// The bindings added to the standard key map. One that joins the row of the one before it is described on that
  /// line of the help overlay (its help is part of that line), which keeps help within 24 rows.
  public static let bindings: [KeyBinding] = [
    KeyBinding(
      keys: [.enter], action: .workflow(.open),
      help: "open post; a service: filter by it; a tag: search it"),
    KeyBinding(
      keys: [.character("f")], action: .workflow(.filterPicker),
      help: "filter posts (picker) / clear the filter"),
    KeyBinding(keys: [.character("F")], action: .workflow(.clearFilter), help: "clear the filter", joinsRow: true),
    KeyBinding(
      keys: [.character("=")], action: .workflow(.toggleCountsFollowFilter),
      help: "Services and Trending count filtered posts / all posts"),
    KeyBinding(
      keys: [.character(":")], action: .workflow(.commandPrompt),
      help: "e.g. service=water complaints since=1h state=open", argument: "filter EXPR"),
    KeyBinding(
      keys: [.character("/")], action: .workflow(.search),
      help: "search (re:PAT or /PAT/ regex); next / previous hit"),
    KeyBinding(keys: [.character("n")], action: .workflow(.nextHit), help: "next / previous hit", joinsRow: true),
    KeyBinding(keys: [.character("N")], action: .workflow(.previousHit), help: "next / previous hit", joinsRow: true),
    KeyBinding(
      keys: [.character("h")], action: .workflow(.markHandled),
      help: "mark handled, escalated (team), not a complaint, comment"),
    KeyBinding(keys: [.character("E")], action: .workflow(.escalate), help: "escalated (team)", joinsRow: true),
    KeyBinding(keys: [.character("x")], action: .workflow(.markNotComplaint), help: "not a complaint", joinsRow: true),
    KeyBinding(keys: [.character("c")], action: .workflow(.addNote), help: "comment", joinsRow: true),
    KeyBinding(
      keys: [.character("u")], action: .workflow(.undo),
      help: "undo this session's own marks / export the filtered posts"),
    KeyBinding(keys: [.character("e")], action: .workflow(.export), help: "export the filtered posts", joinsRow: true),
  ]
}

extension KeyMap {
  /// This key map with more bindings after its own.
  public func adding(_ more: [KeyBinding]) -> KeyMap {
    KeyMap(bindings: bindings + more)
  }
}
