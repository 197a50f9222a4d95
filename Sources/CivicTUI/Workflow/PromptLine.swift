/// Draws an open prompt over the status bar row: its label, the typed text (the end kept in view) and a cursor.
public struct PromptLine {
  public init() {}

  public func draw(_ prompt: Prompt, in rect: Rect, context: RenderContext) {
    guard !rect.isEmpty else { return }
    let theme = context.theme
    let style = theme.style(.statusBar)
    context.screen.fill(rect, with: " ", style: style)
    let label = prompt.label
    let used = context.screen.put(label, x: rect.x, y: rect.y, style: theme.style(.statusKey), maxWidth: rect.width)
    let room = max(0, rect.width - used - 1)
    var text = prompt.text
    while DisplayWidth.width(of: text, asciiOnly: context.asciiOnly) > room, !text.isEmpty { text.removeFirst() }
    let typed = context.screen.put(text, x: rect.x + used, y: rect.y, style: style, maxWidth: room)
    context.screen.put(" ", x: rect.x + used + typed, y: rect.y, style: style.selected(true), maxWidth: 1)
  }
}
