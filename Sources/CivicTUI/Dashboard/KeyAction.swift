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

/// One documented key binding: the keys, what they do, and how the help overlay shows them.
public struct KeyBinding: Sendable, Hashable {
  /// Every key that performs the action; help names them all (`j,Down`), in this order.
  public var keys: [Key]
  public var action: KeyAction
  public var help: String
  /// Shown on the help line of the binding before it, whose `help` describes both (`f / F`, "filter posts
  /// (picker) / clear the filter"): pairs share a line so the help fits 24 rows.
  public var joinsRow: Bool
  /// What follows the keys in help, as typed after them (`:` and "filter EXPR" show `:filter EXPR`).
  public var argument: String

  public init(keys: [Key], action: KeyAction, help: String, joinsRow: Bool = false, argument: String = "") {
    self.keys = keys
    self.action = action
    self.help = help
    self.joinsRow = joinsRow
    self.argument = argument
  }
}

/// One line of the help overlay: the keys of a binding and of those joining its row, and what they do.
public struct HelpRow: Sendable, Hashable {
  /// The keys, read from the bindings: a binding's own keys joined by `,`, the bindings of the row by ` / `
  /// (by two spaces when one of the keys is `/`).
  public var keys: String
  public var help: String
}

/// The key table. The help overlay lists exactly these bindings and keys, so help never disagrees with behaviour.
public struct KeyMap: Sendable, Hashable {
  public var bindings: [KeyBinding]

  public init(bindings: [KeyBinding]) {
    self.bindings = bindings
  }

  /// The help overlay's lines, one per binding that does not join the row of the one before it.
  public var helpRows: [HelpRow] {
    var groups: [[KeyBinding]] = []
    for binding in bindings {
      if binding.joinsRow, !groups.isEmpty {
        groups[groups.count - 1].append(binding)
      } else {
        groups.append([binding])
      }
    }
    return groups.map { group in
      let names = group.map { $0.keys.map(\.name).joined(separator: ",") + $0.argument }
      let separator = group.contains { $0.keys.contains(.character("/")) } ? "  " : " / "
      return HelpRow(keys: names.joined(separator: separator), help: group[0].help)
    }
  }

  /// The action bound to a key, if any.
  public func action(for key: Key) -> KeyAction? {
    if key == .resize { return .resize }
    return bindings.first { $0.keys.contains(key) }?.action
  }

  /// The conventions of htop, GoAccess and lnav.
  public static let standard = KeyMap(bindings: [
    KeyBinding(keys: [.character("q"), .function(10)], action: .quit, help: "quit"),
    KeyBinding(keys: [.character("?"), .function(1)], action: .toggleHelp, help: "show or hide this help"),
    KeyBinding(keys: [.tab], action: .focusNext, help: "focus the next pane / the previous pane"),
    KeyBinding(keys: [.backTab], action: .focusPrevious, help: "the previous pane", joinsRow: true),
    KeyBinding(keys: [.character("j"), .down], action: .moveDown, help: "move down (Posts: pauses)"),
    KeyBinding(keys: [.character("k"), .up], action: .moveUp, help: "move up"),
    KeyBinding(keys: [.pageDown, .control("f")], action: .pageDown, help: "page down / page up"),
    KeyBinding(keys: [.pageUp, .control("b")], action: .pageUp, help: "page up", joinsRow: true),
    KeyBinding(keys: [.character("g"), .home], action: .top, help: "top (Posts: newest, follow again)"),
    KeyBinding(keys: [.character("G"), .end], action: .bottom, help: "bottom (oldest kept)"),
    KeyBinding(keys: [.character(" ")], action: .togglePause, help: "pause / resume following new posts"),
    KeyBinding(keys: [.control("l")], action: .redraw, help: "redraw the screen"),
  ]).adding(WorkflowCommand.bindings).adding(LiveCommand.bindings)
}
