import CivicCore

/// A one-line prompt on the status bar row: `/` search, `:` commands, and the questions triage asks (team,
/// note). Printable keys type, Backspace deletes, Ctrl-U clears (back to `base`), Enter submits, Esc cancels.
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
  public static let maximumLength = 500

  public init(_ purpose: Purpose, text: String = "", base: String = "") {
    self.purpose = purpose
    self.text = text
    self.base = text.hasPrefix(base) ? base : ""
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
    switch key {
    case .enter: return .submitted(text)
    case .escape: return .cancelled
    case .backspace, .delete:
      if text.isEmpty, purpose == .search || purpose == .command { return .cancelled }
      if !text.isEmpty { text.removeLast() }
    case .control("u"): text = text.hasPrefix(base) && text != base ? base : ""
    case .character(let character):
      if text.count < Self.maximumLength, !character.isNewline { text.append(character) }
    default: break
    }
    return .editing
  }
}
