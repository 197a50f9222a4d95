import CivicCore

/// The live-monitoring side of the dashboard, on the UI thread: the alert list (`a`), the diagnostics view
/// (`d`), the Services pane's window (`w`) and sort (`o`), theme cycling (`t`) and the terminal bell for new
/// alerts. `DashboardApp` gives it the keys the workflow did not take (every key while one of its overlays is
/// open).
public final class LiveController {
  public enum Overlay: Sendable, Hashable {
    case alerts, diagnostics
  }

  public private(set) var window: AnalyticsWindow = .oneHour
  public private(set) var sort: ServiceSort = .alertState
  public private(set) var overlay: Overlay?
  public private(set) var overlayTop = 0
  /// Ring the terminal bell once per new alert (`--bell`).
  public var bell = false
  /// Cycles themes on `t`; nil: `t` says there is nothing to cycle.
  public var themes: ThemeCycler?
  /// What the diagnostics view shows (the ingest engine's recent errors and counts).
  public var diagnostics: (() -> DiagnosticsReport)?
  /// The `--on-alert` runner: its failures go to the status bar, its counts to the diagnostics view.
  public var alertCommand: AlertCommandRunner?
  public private(set) var message: StatusMessage?
  /// How long `message` stays (longer for a problem found at start-up).
  private var messageLifetime = StatusMessage.lifetime
  /// Alerts started that the bell has accounted for.
  private var alertsSeen = 0
  private let clock: () -> EpochMillis

  public init(clock: @escaping () -> EpochMillis = LiveModel.wallClock) {
    self.clock = clock
  }

  public var isOverlayOpen: Bool { overlay != nil }

  /// Handles a key if it is one of ours (or one of our overlays is open); returns false to pass it on.
  public func handle(_ key: Key, state: inout DashboardState, renderer: inout DashboardRenderer) -> Bool {
    if state.showHelp || key == .resize { return false }
    let action = state.keyMap.action(for: key)
    if let open = overlay { return handleOverlay(open, key: key, action: action) }
    guard case .live(let command)? = action else { return false }
    switch command {
    case .alertList: open(.alerts)
    case .diagnostics: open(.diagnostics)
    case .cycleWindow:
      window = window.next
      state.scrolls[.services] = DashboardState.Scroll()
      say("Services window: \(window.label)")
    case .toggleSort:
      sort = sort.toggled
      state.scrolls[.services] = DashboardState.Scroll()
      say("Services sorted by \(sort.label)")
    case .cycleTheme:
      guard var cycler = themes else {
        say("no themes to cycle", isError: true)
        return true
      }
      let next = cycler.next()
      themes = cycler
      renderer.theme = next.theme
      say(next.message, isError: next.isError)
    }
    return true
  }

  private func open(_ which: Overlay) {
    overlay = which
    overlayTop = 0
  }

  private func handleOverlay(_ open: Overlay, key: Key, action: KeyAction?) -> Bool {
    switch (key, action) {
    case (.escape, _), (_, .quit?): overlay = nil
    case (_, .live(.alertList)?) where open == .alerts: overlay = nil
    case (_, .live(.diagnostics)?) where open == .diagnostics: overlay = nil
    case (_, .live(.alertList)?): self.open(.alerts)
    case (_, .live(.diagnostics)?): self.open(.diagnostics)
    case (_, .moveDown?): overlayTop += 1
    case (_, .moveUp?): overlayTop = max(0, overlayTop - 1)
    case (_, .pageDown?): overlayTop += 10
    case (_, .pageUp?): overlayTop = max(0, overlayTop - 10)
    case (_, .top?): overlayTop = 0
    // Past any list: drawing clamps it to the last page (the oldest malformed records, the first alerts).
    case (_, .bottom?): overlayTop = Int(Int32.max)
    case (_, .toggleHelp?), (_, .redraw?): return false
    case (_, .workflow(.commandPrompt)?), (_, .workflow(.search)?), (_, .workflow(.filterPicker)?):
      // A prompt key closes the overlay and opens its prompt, so what is typed next goes into the prompt (and is
      // never taken as commands: the "a" of "complaints" would close the list and the rest mark posts).
      overlay = nil
      return false
    default: break
    }
    return true
  }

  /// Adds our status message (newer than the lifetime) and the `--on-alert` failure count to a frame.
  public func decorate(_ view: inout DashboardView, now: EpochMillis) {
    view.alertCommandFailures = alertCommand?.stats.failures ?? 0
    if let message, clock() - message.time < messageLifetime {
      view.statusMessage = message
    }
  }

  /// Rings the bell (when asked for) for alerts that started since the last frame: at most three rings a frame.
  public func ringBell(view: DashboardView, on screen: any Screen) {
    let started = view.alertsStarted
    guard started > alertsSeen else { return }
    if bell {
      for _ in 0..<min(3, started - alertsSeen) { screen.bell() }
    }
    alertsSeen = started
  }

  /// Draws the open overlay (under help) and rings the bell for alerts that started since the last frame.
  public func drawOverlays(
    view: DashboardView, state: DashboardState, renderer: DashboardRenderer, on screen: any Screen
  ) {
    ringBell(view: view, on: screen)
    guard let overlay, !state.showHelp, renderer.layout(for: screen.size).mode != .tooSmall else { return }
    let context = RenderContext(screen: screen, theme: renderer.theme, glyphs: renderer.glyphs)
    switch overlay {
    case .alerts:
      overlayTop = AlertListOverlay().draw(view.alertHistory, top: overlayTop, context: context)
    case .diagnostics:
      var report = diagnostics?() ?? DiagnosticsReport()
      if let alertCommand { report.alertCommand = AlertCommandStatus(alertCommand) }
      overlayTop = DiagnosticsOverlay().draw(report, top: overlayTop, context: context)
    }
  }

  /// Shows a message in the status bar for `lifetime` milliseconds (until a key shows another): a problem found
  /// at start-up, such as the mistakes of a `--theme` file.
  public func announce(_ text: String, isError: Bool = false, lifetime: EpochMillis = StatusMessage.lifetime) {
    say(text, isError: isError)
    messageLifetime = lifetime
  }

  private func say(_ text: String, isError: Bool = false) {
    message = StatusMessage(text, isError: isError, time: clock())
    messageLifetime = StatusMessage.lifetime
  }
}
