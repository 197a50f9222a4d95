extension Key {
  /// How the help overlay names the key: the character itself, `Space`, `^L` for Ctrl-L, `F10`, `Down`, `PgDn`,
  /// `S-Tab`.
  public var name: String {
    switch self {
    case .character(" "): return "Space"
    case .character(let character): return String(character)
    case .control(let letter): return "^" + letter.uppercased()
    case .up: return "Up"
    case .down: return "Down"
    case .left: return "Left"
    case .right: return "Right"
    case .pageUp: return "PgUp"
    case .pageDown: return "PgDn"
    case .home: return "Home"
    case .end: return "End"
    case .tab: return "Tab"
    case .backTab: return "S-Tab"
    case .enter: return "Enter"
    case .escape: return "Esc"
    case .backspace: return "Backspace"
    case .delete: return "Delete"
    case .resize: return "resize"
    case .function(let number): return "F\(number)"
    case .other(let code): return "key \(code)"
    }
  }
}
