import CivicCore

/// Draws the wall display — for a big screen seen from across a room, untouched for weeks — onto a screen:
/// a title row, a full-width alert banner while any alert is active (naming the service, complaints against
/// the expected count and since when), large block figures (complaints in the last hour, active alerts, the
/// clock), the Services pane in the centre with the highlighted alert's service marked, and the newest
/// complaints below. With several alerts the banner and the highlight move to the next one every 8 s
/// (`WallCycle`). It keeps no state between frames.
public struct WallRenderer {
  public var theme: Theme
  /// The terminal profile's characters; `nil`: Unicode, or ASCII when the screen can show only ASCII.
  public var glyphs: Glyphs?
  public var cycle: WallCycle
  /// Posts the app should hand over per frame (newest first); the newest complaints are picked from them.
  public static let postsWanted = 200

  public init(theme: Theme = ThemeLoader.compiledDefault(), glyphs: Glyphs? = nil, cycle: WallCycle = WallCycle()) {
    self.theme = theme
    self.glyphs = glyphs
    self.cycle = cycle
  }

  public func render(view: DashboardView, on screen: any Screen) {
    let context = RenderContext(screen: screen, theme: theme, glyphs: glyphs)
    let ink = String(context.glyphs.block)
    let layout = WallLayout(size: screen.size, serviceCount: view.services.count, ink: ink)
    screen.erase()
    if layout.isTooSmall {
      TooSmallMessage().draw(context: context)
      return
    }
    // The rotation paces the screen, so it follows the wall clock even when `now` is a replay's.
    let highlight = cycle.highlighted(view.activeAlerts, now: view.replay?.wallTime ?? view.now)
    drawTitle(view: view, layout: layout, context: context)
    drawBanner(view: view, highlight: highlight, layout: layout, context: context)
    drawFigures(view: view, layout: layout, context: context)
    drawServices(view: view, highlight: highlight?.alert, layout: layout, context: context)
    drawComplaints(view: view, layout: layout, context: context)
  }

  /// Complaints in the last hour, each post once: the engine's figure, else (a view without it) the Services rows
  /// added up, which counts a post routed to several services once per service.
  public static func complaintsLastHour(_ view: DashboardView) -> Int {
    view.complaintsLastHour ?? view.services.reduce(0) { $0 + max(0, $1.complaints) }
  }

  /// The banner's main line for an alert.
  public static func bannerText(_ alert: Alert, now: EpochMillis) -> String {
    bannerTexts(alert, now: now)[0]
  }

  /// The banner's main line in at most `cells` cells: the full wording when it fits, else shorter wordings, then
  /// the service name cut, so the start time stays visible at 80 columns.
  public static func bannerText(_ alert: Alert, now: EpochMillis, cells: Int, asciiOnly: Bool = false) -> String {
    let texts = bannerTexts(alert, now: now, asciiOnly: asciiOnly)
    func width(_ text: String) -> Int { DisplayWidth.width(of: text, asciiOnly: asciiOnly) }
    if let fitting = texts.first(where: { width($0) <= cells }) { return fitting }
    // Still too long: the name gives way, the figures and the time stay.
    let shortest = texts[texts.count - 1]
    let figures = ": " + shortest.dropFirst(("ALERT  " + alert.serviceName + ": ").count)
    let nameRoom = cells - width("ALERT  ") - width(String(figures))
    guard nameRoom >= 4 else { return shortest }
    let name = DisplayWidth.truncate(alert.serviceName, toCells: nameRoom, asciiOnly: asciiOnly)
    return "ALERT  " + name + figures
  }

  /// The banner's wordings, longest first.
  private static func bannerTexts(_ alert: Alert, now: EpochMillis, asciiOnly: Bool = false) -> [String] {
    let minutes = max(0, (now - alert.start) / 60_000)
    let expected = Formatting.rate(alert.expected)
    let complaints = Formatting.count(alert.complaints)
    let since = "since \(Formatting.clock(alert.start, seconds: false))"
    let name = "ALERT  \(alert.serviceName): "
    return [
      name + "\(complaints) complaints vs \(expected) expected  \(since) (\(minutes) min)",
      name + "\(complaints) complaints vs \(expected) expected  \(since)",
      name + "\(complaints) vs \(expected) exp. \(asciiOnly ? "-" : "\u{B7}") \(since)",
    ]
  }

  private func drawTitle(view: DashboardView, layout: WallLayout, context: RenderContext) {
    let style = theme.style(.header)
    context.screen.fill(layout.title, with: " ", style: style)
    let sources = Formatting.sources(view.sources)
    let separator = context.asciiOnly ? " | " : " · "
    let name = " CivicPulse"
    let width = layout.title.width
    func cells(_ text: String) -> Int { DisplayWidth.width(of: text, asciiOnly: context.asciiOnly) }
    // The right-hand figures, least important last: dropped from the end until the name fits beside them.
    let figures = [
      Formatting.arrivals(view), Formatting.count(view.totalPosts, "post"), "q quit",
    ]
    var kept = figures.count
    while kept > 0, cells(figures.prefix(kept).joined(separator: separator)) + 2 + cells(name) > width { kept -= 1 }
    let right = kept > 0 ? figures.prefix(kept).joined(separator: separator) + " " : ""
    let rightWidth = cells(right)
    // The sources follow the name when there is room, cut with an ellipsis; the name itself is never cut.
    let room = width - rightWidth - 1
    var left = name
    if room >= cells(name + separator + sources) {
      left += separator + sources
    } else if room - cells(name + separator) >= 6 {
      left += separator + context.truncate(sources, room - cells(name + separator))
    }
    context.screen.put(left, x: 0, y: layout.title.y, style: style, maxWidth: max(0, room))
    if !right.isEmpty, rightWidth < width {
      context.screen.put(right, x: width - rightWidth, y: layout.title.y, style: style, maxWidth: rightWidth)
    }
  }

  private func drawBanner(
    view: DashboardView, highlight: (alert: Alert, index: Int, count: Int)?, layout: WallLayout,
    context: RenderContext
  ) {
    let rect = layout.banner
    guard let highlight else {
      let y = rect.y + (rect.height - 1) / 2
      // Before the first post (history still loading, a feed not started) nothing is known to be normal.
      let calm =
        view.totalPosts == 0
        ? " Waiting for posts: no alerts yet." : " No active alerts: every service is within its normal range."
      context.screen.put(calm, x: 0, y: y, style: theme.style(.dim), maxWidth: rect.width)
      return
    }
    let style = theme.style(.alertBanner)
    context.screen.fill(rect, with: " ", style: style)
    let marker = Self.alertMarker(context)
    let counter = highlight.count > 1 && rect.height < 2 ? "  [\(highlight.index + 1) of \(highlight.count)]" : ""
    let prefix = " \(marker) "
    func cells(_ text: String) -> Int { DisplayWidth.width(of: text, asciiOnly: context.asciiOnly) }
    let main = Self.bannerText(
      highlight.alert, now: view.now, cells: rect.width - cells(prefix) - cells(counter) - 1,
      asciiOnly: context.asciiOnly)
    let text = prefix + main + counter
    let mainY = rect.height >= 3 ? rect.y + 1 : rect.y
    let width = DisplayWidth.width(of: text, asciiOnly: context.asciiOnly)
    let x = max(0, (rect.width - width) / 2)
    context.screen.put(
      context.truncate(text, rect.width), x: x, y: mainY, style: style, maxWidth: rect.width)
    if rect.height >= 2 {
      let others = view.activeAlerts.filter { $0.service != highlight.alert.service }.map(\.serviceName)
      let severity = "severity \(Self.severityName(highlight.alert.severity))"
      let detail =
        others.isEmpty
        ? severity
        : "[\(highlight.index + 1) of \(highlight.count)]  \(severity)  also alerting: "
          + others.joined(separator: ", ")
      let detailWidth = DisplayWidth.width(of: detail, asciiOnly: context.asciiOnly)
      context.screen.put(
        context.truncate(detail, rect.width), x: max(0, (rect.width - detailWidth) / 2), y: mainY + 1,
        style: style, maxWidth: rect.width)
    }
  }

  /// A triangle where the glyph set has symbols, else `!`.
  private static func alertMarker(_ context: RenderContext) -> String {
    context.glyphs.block == "█" ? "▲" : "!"
  }

  private static func severityName(_ severity: AlertSeverity) -> String {
    switch severity {
    case .low: return "low"
    case .medium: return "medium"
    case .high: return "high"
    }
  }

  private func drawFigures(view: DashboardView, layout: WallLayout, context: RenderContext) {
    let alerts = view.activeAlerts.filter(\.isActive).count
    let rect = layout.figures
    let columnWidth = rect.width / 3
    let clockLabel = Self.clockLabel(
      view, cells: columnWidth - 1, separator: " \(context.glyphs.vertical) ", asciiOnly: context.asciiOnly)
    let figures: [(String, String, TextStyle)] = [
      (
        String(Self.complaintsLastHour(view)), "COMPLAINTS, LAST HOUR",
        theme.style(.bigDigits)
      ),
      (
        String(alerts), alerts == 1 ? "ACTIVE ALERT" : "ACTIVE ALERTS",
        theme.style(alerts > 0 ? .complaint : .bigDigits)
      ),
      (Formatting.clock(view.now, seconds: false), clockLabel, theme.style(.bigDigits)),
    ]
    let digits = layout.digits
    for (index, figure) in figures.enumerated() {
      let columnX = rect.x + index * columnWidth
      let clip = Rect(x: columnX, y: rect.y, width: columnWidth, height: digits.height)
      if digits.width(of: figure.0) <= columnWidth {
        let x = columnX + max(0, (columnWidth - digits.width(of: figure.0)) / 2)
        digits.draw(figure.0, x: x, y: rect.y, style: figure.2, clip: clip, on: context.screen)
      } else {
        // Too wide to draw large even at the smallest size (a narrow terminal, a six-figure count): clipped
        // digits would read as another number, so the figure is written in plain text, whole.
        let text = Int(figure.0).map { Formatting.count($0) } ?? figure.0
        var style = figure.2
        style.bold = true
        let textWidth = DisplayWidth.width(of: text, asciiOnly: context.asciiOnly)
        context.screen.put(
          text, x: columnX + max(0, (columnWidth - textWidth) / 2), y: rect.y + digits.height / 2, style: style,
          maxWidth: columnWidth)
      }
      let label = context.truncate(figure.1, columnWidth - 1)
      let labelWidth = DisplayWidth.width(of: label, asciiOnly: context.asciiOnly)
      context.screen.put(
        label, x: columnX + max(0, (columnWidth - labelWidth) / 2), y: rect.y + digits.height,
        style: theme.style(.title), maxWidth: columnWidth)
    }
  }

  /// The label under the clock, to fit `cells` cells: "LOCAL TIME", or for a replay its speed and date as the
  /// dashboard's header gives them ("REPLAY 120X │ 10 MAY 2024": an archive's day is rarely today), the word
  /// "REPLAY" then the speed giving way at narrow widths ("10 MAY 2024"); "REPLAY 120X │ BUFFERING" before it plays.
  public static func clockLabel(_ view: DashboardView, cells: Int, separator: String, asciiOnly: Bool = false) -> String
  {
    guard let replay = view.replay else { return "LOCAL TIME" }
    let day = (replay.playing ? Formatting.date(view.now) : "buffering").uppercased()
    let wordings = [
      replay.label.uppercased() + separator + day, Formatting.rate(replay.speed) + "X" + separator + day, day,
    ]
    return wordings.first { DisplayWidth.width(of: $0, asciiOnly: asciiOnly) <= cells } ?? day
  }

  /// Services in wall order: alerting first, then by complaints, then by name.
  public static func ordered(_ services: [ServiceRow]) -> [ServiceRow] {
    services.sorted {
      let a = ($0.alert != nil ? 0 : 1, -$0.complaints, $0.name)
      let b = ($1.alert != nil ? 0 : 1, -$1.complaints, $1.name)
      return a < b
    }
  }

  private func drawServices(view: DashboardView, highlight: Alert?, layout: WallLayout, context: RenderContext) {
    let rect = layout.services
    guard rect.height > 0 else { return }
    let frame = PaneFrame(pane: .services, rect: rect, focused: true)
    let complaintsWidth = 11
    let postsWidth = 7
    // A fifth of the width (10 to 24 cells); up to 36 when the hour's sparkline (60 cells) still fits beside it,
    // so a wall display shows "Trains, trams and underground" whole.
    let besideName = 2 + 1 + complaintsWidth + 1 + postsWidth + 2 + 60 + 1
    let nameWidth = max(min(24, max(10, rect.width / 5)), min(36, rect.width - besideName))
    let complaintsX = 2 + nameWidth + 1
    let postsX = complaintsX + complaintsWidth + 1
    let sparkX = postsX + postsWidth + 2
    let sparkWidth = max(0, min(60, rect.width - sparkX - 1))
    var labels: [(Int, String)] = [(complaintsX + 1, "complaints"), (postsX + 2, "posts")]
    if sparkWidth >= 24 { labels.append((sparkX, "complaints a minute, last hour")) }
    let rows = Self.ordered(view.services).prefix(layout.serviceRows)
    // The large complaints figure counts every service: say when rows are left out, so the rows shown are not
    // taken to add up to it.
    let hidden = view.services.count - rows.count
    frame.draw(
      title: hidden > 0 ? "top \(rows.count) of \(view.services.count)" : "",
      shortTitle: hidden > 0 ? "+\(hidden)" : nil,
      labels: labels.filter { $0.0 + $0.1.count + 2 < rect.width }, context: context)
    if rows.isEmpty {
      context.screen.put(
        "no service posts in the last hour", x: 2, y: rect.y + 1, style: theme.style(.dim), maxWidth: rect.width - 2)
      return
    }
    for (offset, service) in rows.enumerated() {
      let y = rect.y + 1 + offset * layout.serviceSpacing
      let highlighted = highlight?.service == service.id
      let accent = theme.serviceStyle(id: service.id, index: view.serviceOrder[service.id] ?? offset)
      var nameStyle = accent
      nameStyle.bold = true
      let marker = service.alert != nil ? Self.alertMarker(context) : " "
      let complaintsStyle = theme.style(service.complaints > 0 ? .complaint : .dim)
      var pieces: [(String, TextStyle)] = [
        (" " + marker, theme.style(service.alert != nil ? .alert : .text)),
        (" " + context.fit(context.truncate(service.name, nameWidth), nameWidth), nameStyle),
        (" " + context.fit(Formatting.count(service.complaints), complaintsWidth, alignRight: true), complaintsStyle),
        (" " + context.fit(Formatting.count(service.posts), postsWidth, alignRight: true) + "  ", theme.style(.text)),
      ]
      if sparkWidth > 0 {
        pieces.append(
          (context.sparkline(service.sparkline, width: sparkWidth), theme.style(.sparkline)))
      }
      if highlighted {
        pieces = pieces.map { ($0.0, theme.style(.alert)) }
        context.screen.fill(Rect(x: 0, y: y, width: rect.width, height: 1), with: " ", style: theme.style(.alert))
      }
      context.draw(pieces, x: rect.x, y: y, width: rect.width)
    }
  }

  private func drawComplaints(view: DashboardView, layout: WallLayout, context: RenderContext) {
    let rect = layout.complaints
    guard rect.height > 0 else { return }
    PaneFrame(pane: .posts, rect: rect, focused: false).draw(title: "newest complaints", context: context)
    let complaints = view.posts.lazy.filter(\.complaint).prefix(layout.complaintRows)
    if complaints.isEmpty {
      context.screen.put(
        "no complaints yet", x: 2, y: rect.y + 1, style: theme.style(.dim), maxWidth: rect.width - 2)
      return
    }
    let serviceWidth = min(18, max(8, rect.width / 8))
    for (offset, post) in complaints.enumerated() {
      let y = rect.y + 1 + offset * layout.complaintSpacing
      let service = post.primaryService ?? "-"
      let name = view.serviceNames[service] ?? view.services.first { $0.id == service }?.name ?? service
      let accent = theme.serviceStyle(id: service, index: view.serviceOrder[service] ?? 0)
      let textWidth = max(0, rect.width - 1 - 6 - serviceWidth - 2)
      let pieces: [(String, TextStyle)] = [
        // Another day's complaint shows its date, as in the Posts pane: a feed quiet since yesterday must not
        // pass for this morning's.
        (" " + context.fit(Formatting.postTime(post.time, now: view.now, cells: 5), 5) + " ", theme.style(.dim)),
        (context.fit(context.truncate(name, serviceWidth), serviceWidth) + "  ", accent),
        (context.truncate(post.text, textWidth), theme.style(.text)),
      ]
      context.draw(pieces, x: rect.x, y: y, width: rect.width)
    }
  }
}
