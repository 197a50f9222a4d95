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

  /// The bindings added to the standard key map. A binding without a label is described on the line of the one
  /// before it in the help overlay (its help is part of that line), which keeps help within 24 rows.
  public static let bindings: [KeyBinding] = [
    KeyBinding(
      keys: [.enter], label: "Enter", action: .workflow(.open),
      help: "open post; on a service: filter by it; on a tag: search it"),
    KeyBinding(
      keys: [.character("f")], label: "f / F", action: .workflow(.filterPicker),
      help: "filter posts (picker) / clear the filter"),
    KeyBinding(keys: [.character("F")], label: "", action: .workflow(.clearFilter), help: "clear the filter"),
    KeyBinding(
      keys: [.character("=")], label: "=", action: .workflow(.toggleCountsFollowFilter),
      help: "Services and Trending count the filtered posts / all posts"),
    KeyBinding(
      keys: [.character(":")], label: ":filter EXPR", action: .workflow(.commandPrompt),
      help: "e.g. service=water complaints since=1h state=open"),
    KeyBinding(
      keys: [.character("/")], label: "/  n / N", action: .workflow(.search),
      help: "search (re:PAT or /PAT/ regex); next / previous hit"),
    KeyBinding(keys: [.character("n")], label: "", action: .workflow(.nextHit), help: "next / previous hit"),
    KeyBinding(keys: [.character("N")], label: "", action: .workflow(.previousHit), help: "next / previous hit"),
    KeyBinding(
      keys: [.character("h")], label: "h E x c", action: .workflow(.markHandled),
      help: "mark handled, escalated (team), not a complaint, comment"),
    KeyBinding(keys: [.character("E")], label: "", action: .workflow(.escalate), help: "escalated (team)"),
    KeyBinding(keys: [.character("x")], label: "", action: .workflow(.markNotComplaint), help: "not a complaint"),
    KeyBinding(keys: [.character("c")], label: "", action: .workflow(.addNote), help: "comment"),
    KeyBinding(
      keys: [.character("u")], label: "u / e", action: .workflow(.undo),
      help: "undo this session's own marks / export the filtered posts"),
    KeyBinding(keys: [.character("e")], label: "", action: .workflow(.export), help: "export the filtered posts"),
  ]
}

extension KeyMap {
  /// This key map with more bindings after its own.
  public func adding(_ more: [KeyBinding]) -> KeyMap {
    KeyMap(bindings: bindings + more)
  }
}
