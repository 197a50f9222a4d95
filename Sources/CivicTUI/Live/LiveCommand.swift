/// The live-monitoring keys: the alert list, the Services pane's window and sort, theme cycling and the
/// diagnostics view. They are bindings of the dashboard's key map (so help lists them); `LiveController`
/// performs them.
public enum LiveCommand: Sendable, Hashable {
  case alertList
  case diagnostics
  case cycleWindow
  case toggleSort
  case cycleTheme

  /// A binding without a label is described on the line of the one before it in the help overlay.
  public static let bindings: [KeyBinding] = [
    KeyBinding(
      keys: [.character("a")], label: "a / d / t", action: .live(.alertList),
      help: "alert list / diagnostics (bad records) / next theme"),
    KeyBinding(keys: [.character("d")], label: "", action: .live(.diagnostics), help: "diagnostics (bad records)"),
    KeyBinding(keys: [.character("t")], label: "", action: .live(.cycleTheme), help: "next theme"),
    KeyBinding(
      keys: [.character("w")], label: "w / o", action: .live(.cycleWindow),
      help: "Services window 15m/1h/24h / sort by complaints or alerts"),
    KeyBinding(
      keys: [.character("o")], label: "", action: .live(.toggleSort), help: "sort by complaints or alerts"),
  ]
}
