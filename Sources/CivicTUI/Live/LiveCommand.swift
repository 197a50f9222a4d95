/// The live-monitoring keys: the alert list, the Services pane's window and sort, theme cycling and the
/// diagnostics view. They are bindings of the dashboard's key map (so help lists them); `LiveController`
/// performs them.
public enum LiveCommand: Sendable, Hashable {
  case alertList
  case diagnostics
  case cycleWindow
  case toggleSort
  case cycleTheme

  /// A binding that joins the row of the one before it is described on that line of the help overlay.
  public static let bindings: [KeyBinding] = [
    KeyBinding(
      keys: [.character("a")], action: .live(.alertList),
      help: "alert list / diagnostics (bad records) / next theme"),
    KeyBinding(keys: [.character("d")], action: .live(.diagnostics), help: "diagnostics (bad records)", joinsRow: true),
    KeyBinding(keys: [.character("t")], action: .live(.cycleTheme), help: "next theme", joinsRow: true),
    KeyBinding(
      keys: [.character("w")], action: .live(.cycleWindow),
      help: "Services window 15m/1h/24h / sort by complaints or alerts"),
    KeyBinding(
      keys: [.character("o")], action: .live(.toggleSort), help: "sort by complaints or alerts", joinsRow: true),
  ]
}
