import CivicCore
import Foundation

/// The officer's workflow on the dashboard (issue 7), on the UI thread: the Posts filter (`f`, `:filter`, `F`,
/// Enter on a service), `/` search with `n`/`N`, the detail view (Enter), triage marks (`h` `E` `x` `c`, `u`
/// undo) and export (`e`). `DashboardApp` gives it every key first; it takes the keys of its prompts and
/// overlays and the `.workflow` bindings of the key map, and leaves the rest to `DashboardState`.
public final class WorkflowController {
  public private(set) var filter = PostFilter()
  /// Whether the Services and Trending panes count only the posts the filter accepts (`=`, the picker,
  /// `watch --follow-filter`); false: they count every post.
  public var countsFollowFilter = false
  public private(set) var search: PostSearch?
  public private(set) var prompt: Prompt?
  public private(set) var picker: FilterPicker?
  /// The post the detail view shows (a copy: it stays readable after the post left the kept list).
  public private(set) var detail: Post?
  public private(set) var detailTop = 0
  public private(set) var message: StatusMessage?
  public let triage: TriageSession
  /// Where `e` writes its files.
  public var exportDirectory: String
  public var exportFormat: ExportFormat
  /// Asks the router why a post went to its services (the terms that matched), for the detail view.
  public var explainRouting: ((Post) -> [ServiceMatch])?
  private let clock: () -> EpochMillis
  /// Service names seen so far, by id (a service drops out of the Services pane after a quiet hour).
  private var serviceNames: [String: String] = [:]
  private var serviceIDs: [String] = []

  public init(
    triage: TriageSession = TriageSession(store: nil, status: .unavailable(path: "-", reason: "no state database"))
      .quiet(),
    exportDirectory: String = FileManager.default.currentDirectoryPath, exportFormat: ExportFormat = .csv,
    clock: @escaping () -> EpochMillis = LiveModel.wallClock
  ) {
    self.triage = triage
    self.exportDirectory = exportDirectory
    self.exportFormat = exportFormat
    self.clock = clock
  }

  /// True while a prompt, the picker or the detail view is open.
  public var isModal: Bool { prompt != nil || picker != nil || detail != nil }

  // MARK: Frames

  /// The Posts pane's filter for the model, or nil when there is none.
  public func include(now: EpochMillis) -> ((Post) -> Bool)? {
    guard !filter.isEmpty else { return nil }
    let filter = self.filter
    let ledger = triage.ledger
    return { filter.matches($0, state: ledger.state(of: $0.id), now: now) }
  }

  /// What the Services and Trending panes count: the filter when they follow it and it is set, else nil (all).
  public func counts(now: EpochMillis) -> CountScope? {
    guard countsFollowFilter, let include = include(now: now) else { return nil }
    return CountScope(include: include, services: filter.services)
  }

  /// Takes finished triage writes (their outcome becomes the message), polls the store (about once a second)
  /// and drops an old message. True when the screen should be redrawn.
  public func poll(now: EpochMillis) -> Bool {
    var changed = false
    if let written = triage.takeFinishedWrites(now: now).last {
      message = StatusMessage(written.text, isError: written.isError, time: clock())
      changed = true
    }
    if triage.poll(now: now) { changed = true }
    if let message, clock() - message.time >= StatusMessage.lifetime {
      self.message = nil
      changed = true
    }
    return changed
  }

  /// Adds to a frame what the workflow shows in the panes: markers, hits, the filter title, the message.
  public func decorate(_ view: inout DashboardView, now: EpochMillis) {
    for service in view.services { serviceNames[service.id] = service.name }
    let ordered = view.serviceOrder.sorted { $0.value < $1.value }.map(\.key)
    serviceIDs = ordered.isEmpty ? view.services.map(\.id) : ordered
    var states: [String: TriageState] = [:]
    for post in view.posts {
      if let state = triage.state(of: post.id) { states[post.id] = state }
    }
    view.triage = states
    view.search = search
    view.countsFollowFilter = countsFollowFilter
    var title: [String] = []
    if !filter.isEmpty { title.append("filter: \(filter.description) (\(Formatting.count(view.postRowCount)))") }
    if let search { title.append("/" + search.pattern) }
    view.postsTitle = title.isEmpty ? nil : title.joined(separator: " ")
    if let message, clock() - message.time < StatusMessage.lifetime {
      view.statusMessage = message
    } else if triage.isSaving {
      view.statusMessage = StatusMessage("saving mark…", time: now)
    } else if let degraded = triage.degradedMessage {
      view.statusMessage = StatusMessage(degraded, isError: true)
    }
  }

  /// Draws the detail view, the picker and the prompt over a frame the renderer drew (and help over them).
  public func drawOverlays(
    view: DashboardView, state: DashboardState, renderer: DashboardRenderer, on screen: any Screen
  ) {
    let layout = renderer.layout(for: screen.size)
    guard layout.mode != .tooSmall else { return }
    let context = RenderContext(screen: screen, theme: renderer.theme, glyphs: renderer.glyphs)
    if let detail {
      let rect = Rect(
        x: 0, y: layout.header.maxY, width: screen.size.width, height: layout.status.y - layout.header.maxY)
      detailTop = DetailPane().draw(
        detailContent(detail), top: detailTop, in: rect, context: context, keyMap: state.keyMap)
    }
    if let picker { FilterPickerOverlay().draw(picker, context: context) }
    if let prompt { PromptLine().draw(prompt, in: layout.status, context: context) }
    if state.showHelp, isModal {
      HelpOverlay().draw(
        keyMap: state.keyMap, context: context, notes: [HelpOverlay.countsNote(view)], top: state.helpTop)
    }
  }

  /// What the detail view shows for a post now.
  public func detailContent(_ post: Post) -> PostDetail {
    PostDetail(
      post: post, state: triage.state(of: post.id), history: triage.ledger.history(of: post.id),
      serviceNames: serviceNames, matches: explainRouting?(post) ?? [], now: clock())
  }

  // MARK: Keys

  /// Handles a key if it is the workflow's; returns false to leave it to the dashboard state.
  public func handle(
    _ key: Key, state: inout DashboardState, model: LiveModel, view: DashboardView?, layout: DashboardLayout
  ) -> Bool {
    let context = KeyContext(model: model, view: view, layout: layout, now: clock())
    if prompt != nil {
      handlePrompt(key, state: &state, context: context)
      return true
    }
    if picker != nil {
      handlePicker(key, state: &state, context: context)
      return true
    }
    if state.showHelp || key == .resize { return false }
    let action = state.keyMap.action(for: key)
    if detail != nil { return handleDetail(key, action: action, state: &state, context: context) }
    guard case .workflow(let command)? = action else { return false }
    perform(command, state: &state, context: context)
    return true
  }

  private struct KeyContext {
    var model: LiveModel
    var view: DashboardView?
    var layout: DashboardLayout
    var now: EpochMillis
  }

  private func perform(_ command: WorkflowCommand, state: inout DashboardState, context: KeyContext) {
    switch command {
    case .open: open(state: &state, context: context)
    case .filterPicker:
      picker = FilterPicker(
        filter: filter, services: serviceIDs.map { (id: $0, name: serviceNames[$0] ?? $0) },
        countsFollowFilter: countsFollowFilter)
    case .commandPrompt:
      prompt = .filter(FilterExpression.format(filter))
    case .toggleCountsFollowFilter:
      countsFollowFilter.toggle()
      say(countsFollowFilter ? "Services and Trending count the filtered posts (= global)" : "counts: all posts")
    case .clearFilter:
      setFilter(PostFilter(), state: &state)
      say("filter cleared")
    case .search: prompt = Prompt(.search)
    case .nextHit: jump(forward: true, fresh: false, state: &state, context: context)
    case .previousHit: jump(forward: false, fresh: false, state: &state, context: context)
    case .markHandled, .markNotComplaint:
      guard let post = target(state: state, context: context) else { return }
      // Nil (the status bar says "saving mark…") unless the store refuses marks outright.
      message = triage.mark(post, action: command == .markHandled ? .handled : .notComplaint, now: context.now)
    case .escalate:
      guard let post = target(state: state, context: context) else { return }
      prompt = Prompt(.escalate(post))
    case .addNote:
      guard let post = target(state: state, context: context) else { return }
      prompt = Prompt(.note(post))
    case .undo: message = triage.undo(now: context.now)
    case .export: export(state: state, context: context)
    }
  }

  private func open(state: inout DashboardState, context: KeyContext) {
    switch state.focus {
    case .posts:
      guard let post = target(state: state, context: context) else { return }
      detail = post
      detailTop = 0
    case .services:
      let index = state.scroll(.services).selected
      guard let services = context.view?.services, services.indices.contains(index) else {
        say("no service selected", isError: true)
        return
      }
      var narrowed = filter
      narrowed.services = [services[index].id]
      setFilter(narrowed, state: &state)
      state.focus = .posts
      say("filter: " + narrowed.description + " (F clears)")
    case .trending:
      let index = state.scroll(.trending).selected
      guard let tags = context.view?.trending, tags.indices.contains(index) else { return }
      startSearch("#" + tags[index].tag, state: &state, context: context)
    }
  }

  /// The post triage keys act on: the one in the detail view, else the selected row of the Posts pane.
  private func target(state: DashboardState, context: KeyContext) -> Post? {
    if let detail { return detail }
    guard state.focus == .posts else {
      say("select a post in the Posts pane first (Tab)", isError: true)
      return nil
    }
    let rows = context.model.rows(pausedAt: state.pausedAtSequence, include: include(now: context.now))
    let index = state.scroll(.posts).selected
    guard rows.indices.contains(index) else {
      say("no post selected", isError: true)
      return nil
    }
    return rows[index]
  }

  private func handleDetail(_ key: Key, action: KeyAction?, state: inout DashboardState, context: KeyContext) -> Bool {
    switch (key, action) {
    case (.escape, _), (.backspace, _), (.left, _), (_, .quit?):
      detail = nil
    case (_, .moveDown?): detailTop += 1
    case (_, .moveUp?): detailTop = max(0, detailTop - 1)
    case (_, .pageDown?): detailTop += max(1, context.layout.size.height - 4)
    case (_, .pageUp?): detailTop = max(0, detailTop - max(1, context.layout.size.height - 4))
    case (_, .top?): detailTop = 0
    // The page is clamped to its last screenful when drawn.
    case (_, .bottom?): detailTop = Int.max
    case (_, .toggleHelp?), (_, .redraw?), (_, .togglePause?): return false
    case (_, .workflow(let command)?):
      switch command {
      case .markHandled, .markNotComplaint, .escalate, .addNote, .undo:
        perform(command, state: &state, context: context)
      default: break
      }
    default: break
    }
    return true
  }

  private func handlePrompt(_ key: Key, state: inout DashboardState, context: KeyContext) {
    guard var current = prompt else { return }
    let outcome = current.handle(key)
    prompt = current
    guard case .submitted(let text) = outcome else {
      if outcome == .cancelled { prompt = nil }
      return
    }
    prompt = nil
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    switch current.purpose {
    case .search:
      if trimmed.isEmpty {
        search = nil
        say("search cleared")
      } else {
        startSearch(text, state: &state, context: context)
      }
    case .command: runCommand(trimmed, state: &state, context: context)
    case .escalate(let post):
      message = triage.mark(post, action: .escalated, team: trimmed.isEmpty ? nil : trimmed, now: context.now)
    case .note(let post):
      guard !trimmed.isEmpty else {
        say("empty note: nothing saved")
        return
      }
      message = triage.mark(post, action: .note, note: trimmed, now: context.now)
    }
  }

  private func handlePicker(_ key: Key, state: inout DashboardState, context: KeyContext) {
    guard var current = picker else { return }
    let outcome = current.handle(key)
    picker = current
    switch outcome {
    case .editing: break
    case .cancelled: picker = nil
    case .apply(let chosen):
      picker = nil
      countsFollowFilter = current.countsFollowFilter
      setFilter(chosen, state: &state)
      say(chosen.isEmpty ? "filter cleared" : "filter: " + chosen.description)
    case .typeExpression(let expression):
      picker = nil
      prompt = .filter(expression)
    }
  }

  /// `:filter EXPR` (also `:f EXPR`); `:nofilter` clears.
  private func runCommand(_ line: String, state: inout DashboardState, context: KeyContext) {
    let words = line.split(separator: " ", maxSplits: 1).map(String.init)
    guard let verb = words.first?.lowercased() else { return }
    switch verb {
    case "filter", "f":
      var expression = words.count > 1 ? words[1] : ""
      // The prompt opens with "filter " and the current expression already typed: an officer who types
      // ":filter EXPR" as the help shows it gets "filter [CURRENT] filter EXPR", which means EXPR, as on an empty
      // prompt. What follows the last command word is the expression (no filter term is a bare "filter" or "f").
      let terms = expression.split(whereSeparator: { $0 == " " || $0 == "\t" })
      if let last = terms.lastIndex(where: { ["filter", "f"].contains($0.lowercased()) }) {
        expression = terms[(last + 1)...].joined(separator: " ")
      }
      let known = Set(serviceIDs).union(context.view?.services.map(\.id) ?? [])
      do {
        let parsed = try FilterExpression.parse(expression, knownServices: known.isEmpty ? nil : known)
        setFilter(parsed, state: &state)
        say(parsed.isEmpty ? "filter cleared" : "filter: " + parsed.description)
      } catch {
        say(error.description, isError: true)
      }
    case "nofilter", "clear":
      setFilter(PostFilter(), state: &state)
      say("filter cleared")
    default:
      say("unknown command ':\(verb)' (use :filter EXPR)", isError: true)
    }
  }

  private func setFilter(_ new: PostFilter, state: inout DashboardState) {
    filter = new
    // Row numbers change with the filter: start again from the newest matching post.
    state.scrolls[.posts] = DashboardState.Scroll()
  }

  private func startSearch(_ query: String, state: inout DashboardState, context: KeyContext) {
    do {
      search = try PostSearch(query: query)
    } catch {
      say(error.description, isError: true)
      return
    }
    jump(forward: true, fresh: true, state: &state, context: context)
  }

  /// `n`/`N`: moves the Posts selection to the next or previous row with a hit (pausing the list, so rows do
  /// not slide away under the cursor).
  private func jump(forward: Bool, fresh: Bool, state: inout DashboardState, context: KeyContext) {
    guard let search else {
      say("no search yet: press / to search", isError: true)
      return
    }
    if state.pausedAtSequence == nil { state.pausedAtSequence = context.model.newestSequence }
    let rows = context.model.rows(pausedAt: state.pausedAtSequence, include: include(now: context.now))
    let cursor = SearchCursor(posts: rows, search: search)
    let current = state.focus == .posts ? state.scroll(.posts).selected : -1
    let found =
      fresh
      ? cursor.next(after: current - 1) : forward ? cursor.next(after: current) : cursor.previous(before: current)
    guard let jump = found else {
      say("no hits for '\(search.pattern)' in \(Formatting.count(rows.count, "post"))")
      return
    }
    state.focus = .posts
    var metrics =
      context.view?.metrics(for: context.layout)
      ?? DashboardState.Metrics(visibleRows: context.layout.visibleRowsByPane)
    metrics.rowCounts[.posts] = rows.count
    metrics.newestSequence = context.model.newestSequence
    var scroll = state.scroll(.posts)
    scroll.selected = jump.index
    state.scrolls[.posts] = scroll
    state.clamp(metrics: metrics)
    let ordinal = cursor.ordinal(of: jump.index) ?? 0
    say("hit \(ordinal)/\(cursor.count) for '\(search.pattern)'" + (jump.wrapped ? " (wrapped)" : ""))
  }

  private func export(state: DashboardState, context: KeyContext) {
    let rows = context.model.rows(pausedAt: state.pausedAtSequence, include: include(now: context.now))
    // No empty file for an empty view (as `civicpulse export` says when there is nothing to write).
    guard !rows.isEmpty else {
      say(filter.isEmpty ? "nothing to export: no posts yet" : "nothing to export: no post matches the filter")
      return
    }
    var states: [String: TriageState] = [:]
    for post in rows {
      if let state = triage.state(of: post.id) { states[post.id] = state }
    }
    do {
      let path = try PostExporter.write(
        rows, states: states, format: exportFormat, directory: exportDirectory, now: context.now)
      say("exported \(Formatting.count(rows.count, "post")) to \(path)")
    } catch {
      // The reason first: the status bar cuts a long line, and the file name is the least useful part.
      say("export failed: \(error.reason) (\(error.path))", isError: true)
    }
  }

  private func say(_ text: String, isError: Bool = false) {
    message = text.isEmpty ? nil : StatusMessage(text, isError: isError, time: clock())
  }
}
