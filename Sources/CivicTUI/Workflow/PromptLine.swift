/// Draws an open prompt over the status bar row: its label, the typed text scrolled so the cursor stays in view,
/// and the cursor (the character under it shown reversed, a reversed blank at the end).
public struct PromptLine {
  public init() {}

  public func draw(_ prompt: Prompt, in rect: Rect, context: RenderContext) {
    guard !rect.isEmpty else { return }
    let theme = context.theme
    let style = theme.style(.statusBar)
    context.screen.fill(rect, with: " ", style: style)
    let used = context.screen.put(
      prompt.label, x: rect.x, y: rect.y, style: theme.style(.statusKey), maxWidth: rect.width)
    let characters = Array(prompt.text)
    let cursor = min(max(0, prompt.cursor), characters.count)
    func cells(_ part: ArraySlice<Character>) -> Int {
      DisplayWidth.width(of: String(part), asciiOnly: context.asciiOnly)
    }
    let under = cursor < characters.count ? String(characters[cursor]) : " "
    let room = max(1, rect.width - used)
    let cursorCells = max(1, DisplayWidth.width(of: under, asciiOnly: context.asciiOnly))
    // The first character shown: as far left as lets the text before the cursor and the cursor fit.
    var start = 0
    while start < cursor, cells(characters[start..<cursor]) + cursorCells > room { start += 1 }
    var x = rect.x + used
    x += context.screen.put(
      String(characters[start..<cursor]), x: x, y: rect.y, style: style, maxWidth: max(0, rect.maxX - x))
    x += context.screen.put(under, x: x, y: rect.y, style: style.selected(true), maxWidth: max(0, rect.maxX - x))
    if cursor + 1 < characters.count, x < rect.maxX {
      context.screen.put(
        String(characters[(cursor + 1)...]), x: x, y: rect.y, style: style, maxWidth: rect.maxX - x)
    }
  }
}
