import CivicCore

/// Draws the detail view of one post over the three panes (the header and status bar stay): a framed page of
/// `PostDetail` lines, scrolled by `top`, with its keys on the frame.
public struct DetailPane {
  public init() {}

  /// Draws and returns the first line shown (`top` kept inside the content).
  @discardableResult
  public func draw(
    _ detail: PostDetail, top: Int, in rect: Rect, context: RenderContext, keyMap: KeyMap = .standard
  ) -> Int {
    guard rect.width >= 4, rect.height >= 3 else { return 0 }
    let theme = context.theme
    let glyphs = context.glyphs
    context.screen.fill(rect, with: " ", style: theme.style(.background))
    let border = theme.style(.borderFocused)
    let rule = String(repeating: glyphs.horizontal, count: rect.width)
    context.screen.put(rule, x: rect.x, y: rect.y, style: border, maxWidth: rect.width)
    context.screen.put(" Post ", x: rect.x + 1, y: rect.y, style: theme.style(.titleFocused), maxWidth: rect.width - 2)
    let keys = Self.keyHints(keyMap)
    let keysWidth = DisplayWidth.width(of: keys)
    if keysWidth + 8 <= rect.width {
      context.screen.put(
        keys, x: rect.maxX - keysWidth - 1, y: rect.y, style: theme.style(.title), maxWidth: keysWidth)
    }
    let body = Rect(x: rect.x + 1, y: rect.y + 1, width: rect.width - 2, height: rect.height - 1)
    let lines = detail.lines(width: body.width, asciiOnly: context.asciiOnly)
    // A page longer than the screen keeps its last row for the position ("1-20/57 j/k"), so the mark never
    // covers the end of a line of text.
    let overflows = lines.count > body.height
    let visible = overflows ? max(1, body.height - 1) : body.height
    let first = min(max(0, top), max(0, lines.count - visible))
    for (row, line) in lines.dropFirst(first).prefix(visible).enumerated() {
      context.screen.put(line.text, x: body.x, y: body.y + row, style: theme.style(line.role), maxWidth: body.width)
    }
    if overflows {
      let more = "\(first + 1)-\(min(lines.count, first + visible))/\(lines.count) j/k"
      context.screen.put(
        more, x: max(rect.x, rect.maxX - DisplayWidth.width(of: more) - 1), y: rect.maxY - 1,
        style: theme.style(.dim), maxWidth: rect.width)
    }
    return first
  }

  /// The keys the detail view takes, as the frame shows them (" h handled  E escalate ... Esc back "): each read
  /// from `keyMap`, so the hint names the key that really performs the action (a command without a key is left
  /// out).
  public static func keyHints(_ keyMap: KeyMap) -> String {
    let commands: [(WorkflowCommand, String)] = [
      (.markHandled, "handled"), (.escalate, "escalate"), (.markNotComplaint, "not a complaint"), (.addNote, "note"),
      (.undo, "undo"),
    ]
    var hints: [String] = []
    for (command, word) in commands {
      let action = KeyAction.workflow(command)
      let keys = keyMap.bindings.filter { $0.action == action }.flatMap(\.keys)
      let key = keys.first { key in
        guard case .character = key else { return false }
        return keyMap.action(for: key) == action
      }
      if case .character(let character)? = key { hints.append("\(character) \(word)") }
    }
    hints.append("Esc back")
    return " " + hints.joined(separator: "  ") + " "
  }
}
