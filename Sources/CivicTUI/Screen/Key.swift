/// A key press, decoded from the terminal by the screen.
public enum Key: Sendable, Hashable {
  case character(Character)
  /// Ctrl plus a letter, lower case ("l" for Ctrl-L).
  case control(Character)
  case up, down, left, right
  case pageUp, pageDown, home, end
  case tab, backTab, enter, escape, backspace, delete
  /// The terminal changed size.
  case resize
  case function(Int)
  /// A key the screen could not name (its raw code).
  case other(Int)

  /// Decodes a character read from the terminal (control codes become `.control`, `.tab`, `.enter`...).
  public static func from(scalar value: UInt32) -> Key {
    switch value {
    case 9: return .tab
    case 10, 13: return .enter
    case 27: return .escape
    case 8, 127: return .backspace
    case 1...26: return .control(Character(Unicode.Scalar(value + 96) ?? "?"))
    default:
      guard let scalar = Unicode.Scalar(value) else { return .other(Int(value)) }
      return .character(Character(scalar))
    }
  }
}
