import CivicCore

/// The Services pane: one row per public service — complaints in the chosen window (`w`: 15m, 1h, 24h), all
/// posts in it, the complaint share (when there is room), and a sparkline of complaints per minute over the last
/// 60 minutes (the whole hour at every width: a narrow sparkline averages several minutes a cell). Services with an active alert are marked and drawn in the alert colour.
public struct ServicesPane {
  /// Column widths for a content width; column labels sit on the pane's title row.
  public struct Columns: Sendable, Hashable {
    public var name: Int
    public var complaints = 5
    public var posts = 6
    /// Complaint share ("42%"); 0 when the pane is too narrow (it is dropped first).
    public var share: Int
    public var sparkline: Int

    public init(width: Int) {
      // Alert mark, name, complaints, posts, share and sparkline with one space between the fields.
      let fixed = 1 + 1 + 5 + 1 + 6 + 1
      share = width - fixed - 5 >= 16 + 20 ? 4 : 0
      let withShare = fixed + (share > 0 ? share + 1 : 0)
      name = max(6, min(16, width - withShare - 12))
      sparkline = max(0, min(60, width - withShare - name))
      // Room left once the sparkline has its hour (a wide pane below a full-width Posts pane): longer names.
      name += max(0, min(Self.longestName - name, width - withShare - name - sparkline))
    }

    /// The widest name column: room for "Council tax, property tax and benefits" and the like.
    public static let longestName = 40

    /// Content columns where each field starts.
    public var complaintsX: Int { 1 + name + 1 }
    public var postsX: Int { complaintsX + complaints + 1 }
    public var shareX: Int { postsX + posts + 1 }
    public var sparklineX: Int { shareX + (share > 0 ? share + 1 : 0) }
  }

  public init() {}

  public func draw(
    view: DashboardView, state: DashboardState, layout: DashboardLayout, context: RenderContext
  ) {
    guard let rect = layout.panes[.services] else { return }
    let content = layout.content(.services)
    let columns = Columns(width: content.width)
    let focused = state.focus == .services
    let sortMark = view.servicesSort == .complaints ? (context.asciiOnly ? "*" : "↓") : ""
    var labels: [(Int, String)] = [(columns.complaintsX + 1, "cmpl" + sortMark), (columns.postsX + 1, "posts")]
    if columns.share > 0 { labels.append((columns.shareX, "cmp%")) }
    if columns.sparkline >= 8 { labels.append((columns.sparklineX, columns.sparkline >= 14 ? "last 60 min" : "60m")) }
    // ", filtered" (`=`) does not fit before the column labels: the frame moves the title to the row's right end
    // when there is room, else shows the window alone (the Trending pane's title still says "filtered").
    PaneFrame(pane: .services, rect: rect, focused: focused).draw(
      title: view.servicesWindow.label + (view.countsFiltered ? ", filtered" : ""),
      shortTitle: view.servicesWindow.label, labels: labels, context: context)
    guard !content.isEmpty else { return }
    let theme = context.theme
    if view.services.isEmpty {
      var lines = ["no service posts in the last \(view.servicesWindow.label)"]
      // An archive opened without --replay: its posts are counted at their own (old) times, outside every window.
      let windowStart = view.now - EpochMillis(view.servicesWindow.minutes) * 60_000
      if let newest = view.posts.lazy.map(\.time).max(), newest < windowStart {
        lines += [
          "all posts are older: the newest is from \(Formatting.date(newest))",
          "--replay SPEED plays an archive as if live",
        ]
      }
      for (offset, line) in lines.prefix(content.height).enumerated() {
        context.screen.put(
          line, x: content.x + 1, y: content.y + offset, style: theme.style(.dim), maxWidth: content.width - 1)
      }
      return
    }
    let scroll = state.scroll(.services)
    let rows = view.services.dropFirst(scroll.top).prefix(content.height)
    for (offset, service) in rows.enumerated() {
      let index = scroll.top + offset
      let selected = focused && index == scroll.selected
      let alerting = service.alert != nil
      let nameStyle =
        (alerting
        ? theme.style(.alert) : theme.serviceStyle(id: service.id, index: view.serviceOrder[service.id] ?? index))
        .selected(selected)
      let countStyle = theme.style(alerting ? .alert : service.complaints > 0 ? .complaint : .dim).selected(selected)
      let text = theme.style(.text).selected(selected)
      let spark = theme.style(.sparkline).selected(selected)
      let alertMark = service.alert != nil ? "!" : " "
      let alertStyle = service.alert != nil ? theme.style(.alert) : text
      var pieces: [(String, TextStyle)] = [
        (alertMark, alertStyle),
        (context.fit(context.truncate(service.name, columns.name), columns.name) + " ", nameStyle),
        (context.fit(Formatting.count(service.complaints), columns.complaints, alignRight: true) + " ", countStyle),
        (context.fit(Formatting.count(service.posts), columns.posts, alignRight: true) + " ", text),
      ]
      if columns.share > 0 {
        let percent = Int((service.share * 100).rounded())
        pieces.append((context.fit("\(percent)%", columns.share, alignRight: true) + " ", text))
      }
      pieces.append((context.sparkline(service.sparkline, width: columns.sparkline), spark))
      context.draw(pieces, x: content.x, y: content.y + offset, width: content.width)
    }
  }
}
