import CivicCore

/// The Posts pane: newest first, one post per row — time, author, service tag (in the service's accent colour),
/// complaint marker and the text cut to the width. Every column has a fixed cell width, so wide characters in
/// one row never shift another.
public struct PostsPane {
  /// Column widths for a content width.
  public struct Columns: Sendable, Hashable {
    public var time: Int
    public var author: Int
    public var service: Int
    public var marker: Int
    /// The triage marker (handled, escalated, not a complaint, note).
    public var triage = 1
    public var text: Int

    public init(width: Int) {
      time = width >= 70 ? 8 : 5
      author = width >= 100 ? 16 : (width >= 60 ? 12 : 9)
      service = width >= 100 ? 15 : (width >= 60 ? 11 : 8)
      marker = 1
      // One space between columns, none after the text.
      text = max(0, width - time - author - service - marker - triage - 5)
    }
  }

  public init() {}

  public func draw(
    view: DashboardView, state: DashboardState, layout: DashboardLayout, context: RenderContext
  ) {
    guard let rect = layout.panes[.posts] else { return }
    let focused = state.focus == .posts
    var status: String
    if state.isPaused {
      status = "paused, +\(Formatting.count(state.arrivedWhilePaused(newestSequence: view.newestSequence))) new"
    } else {
      status = "\(Formatting.count(view.keptPosts)) kept, following"
    }
    if let title = view.postsTitle { status = title + " \(context.glyphs.vertical) " + status }
    PaneFrame(pane: .posts, rect: rect, focused: focused).draw(title: status, context: context)
    let content = layout.content(.posts)
    guard !content.isEmpty else { return }
    if view.posts.isEmpty {
      let message = view.totalPosts == 0 ? "waiting for posts…" : "no posts kept"
      context.screen.put(
        message, x: content.x + 1, y: content.y, style: context.theme.style(.dim), maxWidth: content.width - 1)
      return
    }
    let columns = Columns(width: content.width)
    let scroll = state.scroll(.posts)
    for (row, post) in view.posts.prefix(content.height).enumerated() {
      let selected = focused && state.isPaused && scroll.top + row == scroll.selected
      drawRow(
        post, columns: columns, x: content.x, y: content.y + row, width: content.width, selected: selected,
        view: view, context: context)
    }
  }

  func drawRow(
    _ post: Post, columns: Columns, x: Int, y: Int, width: Int, selected: Bool, view: DashboardView,
    context: RenderContext
  ) {
    let theme = context.theme
    func style(_ base: TextStyle) -> TextStyle { base.selected(selected) }
    let text = style(theme.style(.text))
    let service = post.primaryService ?? "-"
    let serviceStyle = theme.serviceStyle(id: service, index: view.serviceOrder[service] ?? 0)
    let marker = post.complaint ? String(context.glyphs.complaint) : " "
    let author = post.authorHandle.isEmpty ? "-" : "@" + post.authorHandle
    let triage = TriageMarker(view.triage[post.id], glyphs: context.glyphs)
    var pieces: [(String, TextStyle)] = [
      (
        context.fit(Formatting.postTime(post.time, now: view.now, cells: columns.time), columns.time) + " ",
        style(theme.style(.dim))
      ),
      (context.fit(context.truncate(author, columns.author), columns.author) + " ", text),
      (context.fit(context.truncate(service, columns.service), columns.service) + " ", style(serviceStyle)),
      (marker + " ", style(theme.style(.complaint))),
      (triage.symbol + " ", style(theme.style(triage.role))),
    ]
    let hit = style(theme.style(.searchHit))
    let shown = HighlightedText(post.text, search: view.search, cells: columns.text, asciiOnly: context.asciiOnly)
    pieces += shown.pieces(base: text, hit: hit, ellipsis: String(context.glyphs.ellipsis))
    context.draw(pieces, x: x, y: y, width: width)
  }
}
