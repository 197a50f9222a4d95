import CivicCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The UI thread's loop. It sleeps in `poll()` on the terminal and the wake pipe; it redraws when a key arrives,
/// when the model changed (at most `maxFramesPerSecond` times a second) and once a second for the clock. With
/// no input and no posts it sleeps until the next clock tick: no busy polling.
public final class DashboardApp {
  public var renderer: DashboardRenderer
  public var maxFramesPerSecond: Int
  public private(set) var state: DashboardState
  /// Filter, search, detail view and triage (keys it does not take go to `state`).
  public var workflow = WorkflowController()
  /// Alerts list, diagnostics, Services window and sort, themes, bell (keys the workflow does not take).
  public var live = LiveController()
  private let model: LiveModel
  private let wake: WakePipe
  private var lastView: DashboardView?
  /// Draws the wall display instead of the dashboard when set (`watch --wall`).
  public var wall: WallRenderer?
  /// Holds figures and paces the Posts pane for slow links when set (`RefreshPolicy`).
  public var throttle: ViewThrottle?
  /// Set for `--replay`: the frames' `now` (windows, alerts, trending, the posts' times, the header clock) is
  /// then the replay's time once it plays; the arrival rate stays on the wall clock.
  public var replay: ReplayFeed?
  /// The late count last announced in the status bar.
  private var lateAnnounced = 0
  /// Repaints the whole screen this often (milliseconds) when set: the wall display's, where nobody is at the
  /// keyboard to press Ctrl-L after something else wrote on the terminal (a `wall` broadcast, kernel messages on
  /// a Linux console). The screen otherwise sends only the cells that changed, so such text stayed for good.
  public var repaintEveryMillis: Int64?
  private var lastRepaint: Int64?

  public init(
    model: LiveModel, wake: WakePipe, renderer: DashboardRenderer = DashboardRenderer(), maxFramesPerSecond: Int = 10,
    state: DashboardState = DashboardState()
  ) {
    self.model = model
    self.wake = wake
    self.renderer = renderer
    self.maxFramesPerSecond = max(1, maxFramesPerSecond)
    self.state = state
  }

  /// Runs until `q` or a signal; returns the exit status (0, or 128 + the signal number). The caller ends the
  /// screen (which restores the terminal).
  public func run(on screen: any Screen) -> Int32 {
    let frameMillis = Int64(1000 / maxFramesPerSecond)
    var lastDraw: Int64 = .min / 2
    var lastDrawnSecond: Int64 = -1
    var pending = true
    var fds = [
      pollfd(fd: screen.inputDescriptor, events: Int16(POLLIN), revents: 0),
      pollfd(fd: wake.readDescriptor, events: Int16(POLLIN), revents: 0),
    ]
    // Triage writes run off this thread; each one finished wakes the loop to show its outcome.
    workflow.triage.onWriteFinished = { [wake] in wake.wake() }
    while true {
      let now = Self.monotonicMillis()
      let wall = LiveModel.wallClock()
      var timeout = Int32(1000 - wall % 1000 + 2)
      if pending { timeout = Int32(max(0, min(Int64(timeout), lastDraw + frameMillis - now))) }
      fds[0].revents = 0
      fds[1].revents = 0
      let ready = poll(&fds, nfds_t(fds.count), timeout)
      if ready < 0, errno != EINTR { return 1 }
      if let signal = wake.drain().first { return SignalTrap.exitStatus(for: signal) }
      if fds[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { return SignalTrap.exitStatus(for: SIGHUP) }
      var keyed = false
      while let key = screen.readKey() {
        keyed = true
        let layout = renderer.layout(for: screen.size)
        let metrics =
          lastView?.metrics(for: layout)
          ?? DashboardState.Metrics(visibleRows: layout.visibleRowsByPane, newestSequence: model.newestSequence)
        handle(key, metrics: metrics, layout: layout)
        if state.shouldQuit {
          finishWrites(on: screen)
          return 0
        }
      }
      if model.takeChanged() { pending = true }
      if workflow.poll(now: LiveModel.wallClock()) { pending = true }
      let second = LiveModel.wallClock() / 1000
      if second != lastDrawnSecond { pending = true }
      let current = Self.monotonicMillis()
      if keyed || (pending && current - lastDraw >= frameMillis) {
        draw(on: screen)
        lastDraw = current
        lastDrawnSecond = second
        pending = false
      }
    }
  }

  /// Before quitting: waits (bounded) for marks still being written, with "saving mark…" on the screen, so a mark
  /// the officer made is not lost to a store that another process holds locked for a moment.
  private func finishWrites(on screen: any Screen) {
    guard workflow.triage.isSaving else { return }
    draw(on: screen)
    workflow.triage.waitForWrites(timeout: 30)
  }

  /// Draws one frame now (also used by tests with a `CellBuffer`).
  public func draw(on screen: any Screen) {
    let monotonic = Self.monotonicMillis()
    if let every = repaintEveryMillis, let last = lastRepaint, monotonic - last >= every {
      state.needsFullRedraw = true
    }
    if state.needsFullRedraw || lastRepaint == nil { lastRepaint = monotonic }
    if state.needsFullRedraw {
      screen.invalidate()
      state.needsFullRedraw = false
    }
    let layout = renderer.layout(for: screen.size)
    let wallNow = LiveModel.wallClock()
    let replayNow = replay?.time()
    let now = replayNow ?? wallNow
    let playing = replay == nil || replayNow != nil
    announceLatePosts()
    var view = fetch(now: now, wallNow: wallNow, playing: playing, layout: layout)
    let before = state.scroll(.posts)
    state.clamp(metrics: view.metrics(for: layout))
    if state.scroll(.posts) != before { view = fetch(now: now, wallNow: wallNow, playing: playing, layout: layout) }
    view.replay = replay.map { ReplayMarker(speed: $0.speed, playing: replayNow != nil, wallTime: wallNow) }
    if let throttle {
      // Only the data is held between refreshes, and not across a change of what the panes were asked for (the
      // Services window and sort, the filter the counts follow): a key's effect shows at once.
      let asked = ViewQuery(
        window: live.window, sort: live.sort, filter: workflow.filter, countsFollowFilter: workflow.countsFollowFilter)
      view = throttle.apply(
        view, following: !state.isPaused && state.scroll(.posts).top == 0, throttlePosts: wall == nil,
        holdPosts: wall != nil, query: asked, monotonicMillis: Self.monotonicMillis())
    }
    // Decorations (triage marks, search hits, titles, status messages) answer keys: never held back.
    workflow.decorate(&view, now: now)
    live.decorate(&view, now: now)
    lastView = view
    if let wall {
      wall.render(view: view, on: screen)
      live.ringBell(view: view, on: screen)
    } else {
      renderer.render(view: view, state: state, on: screen)
      workflow.drawOverlays(view: view, state: state, renderer: renderer, on: screen)
      live.drawOverlays(view: view, state: state, renderer: renderer, on: screen)
    }
    screen.flush()
  }

  /// Handles one key: the workflow first (prompts, overlays, its own keys), then the dashboard state.
  /// Also used by tests to type keys without a terminal.
  public func handle(_ key: Key, on screen: any Screen) {
    let layout = renderer.layout(for: screen.size)
    let metrics =
      lastView?.metrics(for: layout)
      ?? DashboardState.Metrics(visibleRows: layout.visibleRowsByPane, newestSequence: model.newestSequence)
    handle(key, metrics: metrics, layout: layout)
  }

  /// The wall display takes only the keys that make sense with nobody driving it: quit, redraw, resize and theme
  /// cycling (`t`, which re-themes the wall too). Prompts, overlays and scrolling would draw nothing on the wall.
  private func handleOnWall(_ key: Key, metrics: DashboardState.Metrics) {
    switch state.keyMap.action(for: key) {
    case .quit?, .redraw?, .resize?:
      state.handle(key, metrics: metrics)
    case .live(.cycleTheme)?:
      _ = live.handle(key, state: &state, renderer: &renderer)
      wall?.theme = renderer.theme
    default:
      break
    }
  }

  private func handle(_ key: Key, metrics: DashboardState.Metrics, layout: DashboardLayout) {
    state.helpScrolls = !HelpOverlay.fits(keyMap: state.keyMap, notes: 1, height: layout.size.height)
    if wall != nil {
      handleOnWall(key, metrics: metrics)
      return
    }
    if live.isOverlayOpen, live.handle(key, state: &state, renderer: &renderer) { return }
    if !workflow.handle(key, state: &state, model: model, view: lastView, layout: layout) {
      if live.handle(key, state: &state, renderer: &renderer) { return }
      state.handle(key, metrics: metrics)
    }
  }

  /// Says in the status bar, each time the replay's late count changes, how many posts it showed out of order.
  private func announceLatePosts() {
    guard let replay else { return }
    let late = replay.lateCount()
    guard late != lateAnnounced else { return }
    lateAnnounced = late
    if let notice = ReplayFeed.lateNotice(late) { live.announce(notice, isError: true) }
  }

  /// The model's frame. `playing` false: a replay still buffering (the analytics clock is not moved).
  private func fetch(now: EpochMillis, wallNow: EpochMillis, playing: Bool, layout: DashboardLayout) -> DashboardView {
    model.view(
      now: now, pausedAt: state.pausedAtSequence, postsTop: state.scroll(.posts).top,
      postsLimit: wall == nil ? layout.visibleRows(.posts) : WallRenderer.postsWanted,
      include: workflow.include(now: now), window: live.window, sort: live.sort, counts: workflow.counts(now: now),
      arrivalNow: wallNow, advancing: playing)
  }

  /// What the panes were asked for, beyond the time: a change refreshes a throttled view at once.
  private struct ViewQuery: Hashable {
    var window: AnalyticsWindow
    var sort: ServiceSort
    var filter: PostFilter
    var countsFollowFilter: Bool
  }

  static func monotonicMillis() -> Int64 {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Int64(ts.tv_sec) * 1000 + Int64(ts.tv_nsec) / 1_000_000
  }
}
