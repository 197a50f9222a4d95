import CivicCore

/// A one-line prompt on the status bar row: `/` search, `:` commands, and the questions triage asks (team,
/// note). Printable keys type at the cursor, Left/Right (Home/End, Ctrl-A/Ctrl-E) move it, Backspace deletes
/// before it and Delete under it, Ctrl-W deletes the word before it, Ctrl-U clears (back to `base`), Enter
/// submits, Esc cancels.
public struct Prompt: Sendable, Hashable {
  public enum Purpose: Sendable, Hashable {
    case search
    case command
    /// Escalate this post; the text is the optional team.
    case escalate(Post)
    /// Add a note to this post.
    case note(Post)
  }

  /// What a key did to the prompt.
  public enum Outcome: Sendable, Hashable {
    case editing
    case submitted(String)
    case cancelled
  }

  public var purpose: Purpose
  public var text: String
  /// What Ctrl-U leaves of the line: the command word of a pre-filled `:filter ` line, so clearing removes only
  /// the expression (the whole line stays editable with Backspace).
  public var base: String
  /// Where typing goes, in characters from the start (`text.count`: at the end).
  public var cursor: Int
  public static let maximumLength = 500

  public init(_ purpose: Purpose, text: String = "", base: String = "") {
    self.purpose = purpose
    self.text = text
    self.base = text.hasPrefix(base) ? base : ""
    cursor = text.count
  }

  /// The `:` prompt pre-filled with `filter EXPR ` (a space after the expression, so what the officer types next
  /// is a new term); Ctrl-U leaves `filter `.
  public static func filter(_ expression: String) -> Prompt {
    let command = "filter "
    return Prompt(.command, text: command + (expression.isEmpty ? "" : expression + " "), base: command)
  }

  /// The label before the typed text.
  public var label: String {
    switch purpose {
    case .search: return "/"
    case .command: return ":"
    case .escalate: return "escalate to team (optional, Enter): "
    case .note: return "note: "
    }
  }

  public mutating func handle(_ key: Key) -> Outcome {
    cursor = min(max(0, cursor), text.count)
    switch key {
    case .enter: return .submitted(text)
    case .escape: return .cancelled
    case .backspace:
      if text.isEmpty, purpose == .search || purpose == .command { return .cancelled }
      if cursor > 0 {
        text.remove(at: text.index(text.startIndex, offsetBy: cursor - 1))
        cursor -= 1
      }
    case .delete:
      if text.isEmpty, purpose == .search || purpose == .command { return .cancelled }
      if cursor < text.count { text.remove(at: text.index(text.startIndex, offsetBy: cursor)) }
    case .left: cursor = max(0, cursor - 1)
    case .right: cursor = min(text.count, cursor + 1)
    case .home, .control("a"): cursor = 0
    case .end, .control("e"): cursor = text.count
    case .control("w"):
      // The word before the cursor and the spaces after it.
      let before = Array(text.prefix(cursor))
      var start = before.count
      while start > 0, before[start - 1] == " " { start -= 1 }
      while start > 0, before[start - 1] != " " { start -= 1 }
      text = String(before[..<start]) + text.dropFirst(cursor)
      cursor = start
    case .control("u"):
      text = text.hasPrefix(base) && text != base ? base : ""
      cursor = text.count
    case .character(let character):
      if text.count < Self.maximumLength, !character.isNewline {
        text.insert(character, at: text.index(text.startIndex, offsetBy: cursor))
        cursor += 1
      }
    default: break
    }
    return .editing
  }
}
