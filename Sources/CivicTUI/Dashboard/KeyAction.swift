/// What a key asks the dashboard to do. Keys map to actions through a `KeyMap`; `DashboardState.apply` performs
/// them. Later features add cases (filter, search, detail, triage) and bindings without touching the screen code.
public enum KeyAction: Sendable, Hashable {
  case quit
  case toggleHelp
  case focusNext
  case focusPrevious
  case moveUp
  case moveDown
  case pageUp
  case pageDown
  case top
  case bottom
  case togglePause
  case redraw
  /// The terminal changed size: re-lay out at once.
  case resize
  /// Filter, search, detail view and triage: performed by the app's `WorkflowController`.
  case workflow(WorkflowCommand)
  /// Alerts, Services window and sort, themes, diagnostics: performed by the app's `LiveController`.
  case live(LiveCommand)
}

/// One documented key binding: the keys, how help shows them, and what they do.
public struct KeyBinding: Sendable, Hashable {
  public var keys: [Key]
  public var label: String
  public var action: KeyAction
  public var help: String

  public init(keys: [Key], label: String, action: KeyAction, help: String) {
    self.keys = keys
    self.label = label
    self.action = action
    self.help = help
  }
}

/// The key table. The help overlay lists exactly these bindings, so help never disagrees with behaviour.
public struct KeyMap: Sendable, Hashable {
  public var bindings: [KeyBinding]

  public init(bindings: [KeyBinding]) {
    self.bindings = bindings
  }

  /// The action bound to a key, if any.
  public func action(for key: Key) -> KeyAction? {
    if key == .resize { return .resize }
    return bindings.first { $0.keys.contains(key) }?.action
  }

  /// The conventions of htop, GoAccess and lnav.
  public static let standard = KeyMap(bindings: [
    KeyBinding(keys: [.character("q"), .function(10)], label: "q", action: .quit, help: "quit"),
    KeyBinding(keys: [.character("?"), .function(1)], label: "?", action: .toggleHelp, help: "show or hide this help"),
    KeyBinding(keys: [.tab], label: "Tab / S-Tab", action: .focusNext, help: "focus the next pane / the previous pane"),
    KeyBinding(keys: [.backTab], label: "", action: .focusPrevious, help: "the previous pane"),
    KeyBinding(
      keys: [.character("j"), .down], label: "j / Down", action: .moveDown, help: "move down (Posts: pauses)"),
    KeyBinding(keys: [.character("k"), .up], label: "k / Up", action: .moveUp, help: "move up"),
    KeyBinding(keys: [.pageDown, .control("f")], label: "PgDn / PgUp", action: .pageDown, help: "page down / page up"),
    KeyBinding(keys: [.pageUp, .control("b")], label: "", action: .pageUp, help: "page up"),
    KeyBinding(
      keys: [.character("g"), .home], label: "g / Home", action: .top, help: "top (Posts: newest, follow again)"),
    KeyBinding(keys: [.character("G"), .end], label: "G / End", action: .bottom, help: "bottom (oldest kept)"),
    KeyBinding(
      keys: [.character(" ")], label: "Space", action: .togglePause, help: "pause / resume following new posts"),
    KeyBinding(keys: [.control("l")], label: "Ctrl-L", action: .redraw, help: "redraw the screen"),
  ]).adding(WorkflowCommand.bindings).adding(LiveCommand.bindings)
}
