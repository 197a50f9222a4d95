/// The status bar: key hints on the left; failed `--on-alert` runs (when any), posts ingested, malformed records and
/// following/paused on the right.
public struct StatusBar {
  public init() {}

  public func draw(view: DashboardView, state: DashboardState, layout: DashboardLayout, context: RenderContext) {
    let rect = layout.status
    guard !rect.isEmpty else { return }
    let theme = context.theme
    let bar = theme.style(.statusBar)
    let key = theme.style(.statusKey)
    context.screen.fill(rect, with: " ", style: bar)
    let mode: String
    if state.isPaused {
      mode = "PAUSED +\(Formatting.count(state.arrivedWhilePaused(newestSequence: view.newestSequence))) new"
    } else {
      mode = "FOLLOWING"
    }
    let figures =
      "\(Formatting.count(view.totalPosts, "post")) \(context.glyphs.vertical) "
      + "\(Formatting.count(view.malformed)) malformed \(context.glyphs.vertical) "
    // Failed `--on-alert` runs, at a glance (details in `d`).
    let failures =
      view.alertCommandFailures > 0
      ? "\(Formatting.count(view.alertCommandFailures)) on-alert failed" : ""
    let failuresSep = failures.isEmpty ? "" : " \(context.glyphs.vertical) "
    let right = failures + failuresSep + figures + mode + " "
    let rightWidth = DisplayWidth.width(of: right, asciiOnly: context.asciiOnly)
    let hintsWidth = max(0, rect.width - rightWidth - 1)
    let hints: [(String, String)] = [
      ("q", "quit"), ("?", "help"), ("Tab", "pane"), ("Space", state.isPaused ? "follow" : "pause"),
      ("j/k", "scroll"),
    ]
    var pieces: [(String, TextStyle)] = []
    var used = 0
    if let message = view.statusMessage {
      let messageStyle = theme.style(message.isError ? .alert : .statusKey)
      // A message too long for the hints' room takes the whole bar (an export path, an error).
      if DisplayWidth.width(of: message.text, asciiOnly: context.asciiOnly) + 1 > hintsWidth {
        context.draw([(" " + message.text, messageStyle)], x: rect.x, y: rect.y, width: rect.width)
        return
      }
      pieces.append((" " + message.text, messageStyle))
      used = hintsWidth
    }
    for (k, label) in hints where used < hintsWidth {
      let cost = DisplayWidth.width(of: k) + DisplayWidth.width(of: label) + 3
      if used + cost > hintsWidth { break }
      pieces.append((" " + k + " ", key))
      pieces.append((label + " ", bar))
      used += cost
    }
    context.draw(pieces, x: rect.x, y: rect.y, width: hintsWidth)
    let start = rect.x + max(0, rect.width - rightWidth)
    context.draw(
      [
        (failures, theme.style(.alert)), (failuresSep, bar), (figures, bar),
        (mode, state.isPaused ? theme.style(.alert) : key), (" ", bar),
      ], x: start, y: rect.y, width: rect.maxX - start)
  }
}
