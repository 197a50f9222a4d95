import ArgumentParser
import CivicCore
import CivicStore
import CivicTUI
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `civicpulse watch`: the live dashboard (the default subcommand), on the demo feed and/or live sources, or
/// `--headless` without a screen.
struct WatchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "watch",
    abstract: "Open the live dashboard on followed files, stdin, a socket or the built-in demo feed.",
    discussion: """
      Keys: q quit, ? help, Tab/Shift-Tab focus, j/k or arrows move, g/G top/bottom, PgUp/PgDn page, \
      Space pause/resume following, Ctrl-L redraw; f/F filter, = counts follow the filter, :filter EXPR, / search, n/N hits, Enter detail, \
      h/E/x/c triage (handled, escalated, not a complaint, comment), u undo, e export; a alert list, \
      d diagnostics, w Services window (15m/1h/24h), o sort by complaints or alerts, t next theme.

      The --taxonomy file is followed (checked once a second): a valid edit applies to new posts without a \
      restart; a broken edit keeps the taxonomy in use and says why (status bar, or stderr with --headless).
      """)

  @OptionGroup var ingest: IngestOptions

  @OptionGroup var classifierOptions: ClassifierOptions

  @OptionGroup var alertOptions: AlertOptions

  @Flag(name: .long, help: "Watch the built-in demo feed of invented posts about public services.")
  var demo = false

  @Option(name: .long, help: "Seed of the demo feed (the same seed gives the same posts).")
  var seed: UInt64 = 1

  // `.unconditional`: a negative number is taken as the value (and refused by `validate` with its own message)
  // instead of being read as an unknown option, which ArgumentParser reports as a missing value.
  @Option(name: .customLong("demo-rate"), parsing: .unconditional, help: "Demo posts per second (0: silent).")
  var demoRate: Double = 5

  @Option(
    name: .long, parsing: .unconditional,
    help: "How many of the newest posts the Posts pane keeps (older ones stay counted).")
  var keep: Int = 10_000

  @Flag(name: .long, help: "Wall-display mode: large figures, alert banner, no input needed.")
  var wall = false

  @Option(
    name: .long,
    help:
      "Refresh for the link: full, low (figures every 5 s, a new post row every 2 s, Posts full width) or auto (low over SSH)."
  )
  var bandwidth: BandwidthChoice = .auto

  @Flag(name: .customLong("demo-incident-now"), help: "Start a demo incident (and so an alert) right away.")
  var demoIncidentNow = false

  @Option(name: .customLong("demo-inject"), help: .hidden)
  var demoInject: [String] = []

  @Option(
    name: .long, help: ArgumentHelp("Colour theme name or file (see `civicpulse themes`).", valueName: "name|path"))
  var theme: String?

  @Flag(name: .customLong("no-color"), help: "No colours, attributes only (also when NO_COLOR is set).")
  var noColor = false

  @Flag(help: "No UI: print the report JSON as one line every --stats-every seconds and on exit.")
  var headless = false

  @Option(
    name: .customLong("stats-every"), parsing: .unconditional, help: "Seconds between report lines in --headless mode.")
  var statsEvery: Double = 10

  @OptionGroup var stateOption: StateOption

  @Option(
    name: .customLong("export-dir"),
    help: ArgumentHelp("Directory where `e` writes the filtered posts (default: the current one).", valueName: "dir"))
  var exportDirectory: String?

  @Option(name: .customLong("export-format"), help: "Format of the files `e` writes: csv or json.")
  var exportFormat: ExportFormat = .csv

  @Flag(
    name: .customLong("follow-filter"),
    help: "Services and Trending count only the posts the Posts filter shows, once one is set (`=` toggles).")
  var followFilter = false

  func validate() throws {
    guard keep > 0 else { throw ValidationError("--keep must be at least 1") }
    if let typo = CommandTypo.suggestion(for: ingest.files.first) { throw ValidationError(typo) }
    // A directory is no file to follow: it failed again every second (and its read error hit a descriptor bug).
    for path in ingest.files where path != "-" {
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
        let pattern = (path.hasSuffix("/") ? path : path + "/") + "*.jsonl"
        throw ValidationError("\(path) is a directory: give the files to follow (e.g. \(pattern))")
      }
    }
    guard demoRate >= 0, demoRate.isFinite, demoRate <= 100_000 else {
      throw ValidationError("--demo-rate must be between 0 and 100000 posts per second")
    }
    if headless, demo {
      throw ValidationError(
        "--demo is for the dashboard; --headless reads real sources: give files to follow, - for stdin, or --socket PATH"
      )
    }
    // The demo's posts are timed now; a replay's clock is its archive's: one dashboard cannot follow both.
    if demo, ingest.replay != nil {
      throw ValidationError(
        "--replay plays an archive on its own clock and --demo's posts are timed now: use one or the other")
    }
    if headless, alertOptions.bell {
      throw ValidationError("--bell needs the dashboard; with --headless use --alert-log or --on-alert")
    }
    // The screen's options mean nothing without the screen: refused rather than silently ignored.
    let screenOptions = [
      ("--wall", wall), ("--theme", theme != nil), ("--no-color", noColor), ("--follow-filter", followFilter),
    ]
    if headless, let (name, _) = screenOptions.first(where: { $0.1 }) {
      throw ValidationError("\(name) needs the dashboard; --headless has no screen")
    }
  }

  func run() throws {
    if headless {
      try HeadlessWatch.run(
        ingest, statsEvery: statsEvery, classifierOptions: classifierOptions, alertOptions: alertOptions)
      return
    }
    guard demo || ingest.hasSources else {
      throw ValidationError(
        "nothing to watch: give files to follow (- for stdin), --socket PATH, or --demo (civicpulse --demo)")
    }
    let stdinCarriesPosts = ingest.files.contains("-")
    guard isatty(1) == 1, stdinCarriesPosts || isatty(0) == 1 else {
      throw CommandFailure("the dashboard needs a terminal; use --headless to run without one")
    }
    let environment = ProcessInfo.processInfo.environment
    // Refuse terminals that cannot show the dashboard (dumb, TERM unset) before touching them.
    do {
      _ = try TerminalProfile.detect(term: environment["TERM"], env: environment, noColorFlag: noColor)
    } catch {
      throw CommandFailure(error.description)
    }
    let loaded = ThemeLoader.forCurrentProcess().load(theme)
    guard let wake = WakePipe() else { throw ValidationError("cannot create the wake-up pipe") }
    // Our handlers first: ncurses then leaves SIGINT/SIGTERM/SIGHUP/SIGQUIT to us.
    SignalTrap.install(writingTo: wake)
    // Threads started from here on never receive SIGWINCH; the UI thread takes it again below.
    SignalTrap.setResizeSignalBlocked(true)

    // Routing and scoring: one classifier for live and demo posts alike: the taxonomy routes every post, the
    // complaint model (the built-in one unless the options give another) scores it.
    // The --taxonomy file is followed: edits take effect for new posts without a restart.
    let taxonomy = try classifierOptions.loadTaxonomy()
    let reloader = TaxonomyReloader(try classifierOptions.makeReloadingClassifier(for: taxonomy))
    let enrich = reloader.enrich
    let alertOutputs = try alertOptions.makeOutputs()
    let services = taxonomy.services.map { ServiceInfo(id: $0.id, name: $0.name) }
    let model = LiveModel(
      keep: keep, analytics: AnalyticsEngine(services: services), serviceOrder: services.map(\.id),
      onChange: { wake.wake() })
    if let alertOutputs { model.onAlerts = AlertOptions.deliverer(alertOutputs) }
    reloader.start(onServices: { model.setServices($0) }, onNotice: { model.setNotice($0) })
    let demoSource = SourceStatus(name: "demo", state: demoRate > 0 ? .following : .waiting)
    let driver: DemoDriver? =
      demo ? DemoDriver(seed: seed, rate: demoRate, enrich: enrich, sink: { model.add($0) }) : nil
    driver?.incidentNow = demoIncidentNow
    if demo { model.add(DemoInjection.posts(demoInject, at: LiveModel.wallClock())) }
    var engine: IngestEngine?
    if ingest.hasSources {
      let live = IngestEngine(config: try ingest.config(), enrich: enrich, sink: { model.add($0) })
      model.replaying = live.isReplaying
      let withDemo = demo
      model.statusProvider = {
        let statuses = live.sourceStatuses()
        return ((withDemo ? [demoSource] : []) + statuses, live.stats().malformed)
      }
      do { try live.start() } catch let error as IngestSetupError { throw ValidationError(error.message) }
      engine = live
    } else {
      model.setSources([demoSource])
    }

    let screen = try NcursesScreen(noColor: noColor, keyboardFromTTY: stdinCarriesPosts)
    TerminalRestore.installCrashHandlers()
    let profile = try? TerminalProfile.detect(
      term: environment["TERM"], env: environment, terminalColors: screen.terminalColors, noColorFlag: noColor,
      unicode: !screen.asciiOnly)
    let depth = profile?.colorDepth ?? .noColor
    screen.colorDepth = min(depth, .colors256)
    let renderer = DashboardRenderer(theme: loaded.theme.adapted(to: depth), glyphs: profile?.glyphs)
    driver?.start()
    SignalTrap.setResizeSignalBlocked(false)
    let policy = bandwidth.policy(environment: environment)
    let app = DashboardApp(
      model: model, wake: wake, renderer: renderer, maxFramesPerSecond: policy.maxFramesPerSecond)
    if wall {
      app.wall = WallRenderer(theme: renderer.theme, glyphs: profile?.glyphs)
      // Text written over the wall by others (a `wall` broadcast, console messages) is painted over in time.
      app.repaintEveryMillis = policy.wallRepaintMillis
    }
    if !policy.isFull {
      app.throttle = ViewThrottle(policy: policy)
      // Posts full width at any width: the terminal scrolls it by a row instead of repainting a column.
      app.renderer.columns = false
    }
    // Triage marks shared with every other terminal; a store that cannot be written leaves the dashboard read-only.
    let (store, storeStatus) = TriageStore.open(path: stateOption.path)
    app.workflow = WorkflowController(
      triage: TriageSession(store: store, status: storeStatus),
      exportDirectory: exportDirectory ?? FileManager.default.currentDirectoryPath, exportFormat: exportFormat)
    app.workflow.explainRouting = { reloader.classifier.explainRouting($0) }
    app.workflow.countsFollowFilter = followFilter
    app.live.bell = alertOptions.bell
    app.live.alertCommand = alertOutputs?.runner
    app.live.themes = ThemeCycler(loader: ThemeLoader.forCurrentProcess(), depth: depth, current: loaded.requested)
    // Theme mistakes show in the status bar from the first frame (and are printed again after quitting).
    if let problem = loaded.problemSummary { app.live.announce(problem, isError: true, lifetime: 30_000) }
    if let type = screen.fallbackTerm {
      let term = environment["TERM"] ?? ""
      app.live.announce("no terminfo for TERM=\(term) here: drawn as \(type)", isError: true, lifetime: 30_000)
    }
    let ingestEngine = engine
    // --replay: the dashboard's clock follows the replay, so an archive is shown as if live.
    if let replaying = engine, replaying.isReplaying, let speed = replaying.config.replaySpeed {
      app.replay = ReplayFeed(
        speed: speed, time: { replaying.replayTime() }, lateCount: { replaying.stats().replayLate })
    }
    app.live.diagnostics = {
      guard let engine = ingestEngine else { return DiagnosticsReport() }
      let stats = engine.stats()
      var report = DiagnosticsReport(errors: engine.recentErrors(), sources: stats.sources)
      report.rejectedClients = stats.rejectedClients
      report.statuses = engine.sourceStatuses()
      return report
    }
    let status = app.run(on: screen)
    driver?.stop()
    engine?.stop()
    reloader.stop()
    screen.end()
    // Let the sources finish stopping (the socket source removes its socket file), as --headless does.
    engine?.waitUntilFinished(timeout: 5)
    // Theme mistakes are told once the terminal is back (the default theme was used instead).
    for problem in loaded.errors { StandardError.say("civicpulse: \(problem)") }
    // `--on-alert` commands still running get up to their timeout to finish, as with --headless: leaving at once
    // orphaned them, and nothing stopped one that hung.
    if let runner = alertOutputs?.runner, !runner.waitUntilIdle(timeoutSeconds: 0.2) {
      let seconds = Int(runner.timeoutSeconds.rounded(.up))
      StandardError.say("civicpulse: waiting for --on-alert commands to finish (at most \(seconds)s)")
      _ = runner.waitUntilIdle(timeoutSeconds: runner.timeoutSeconds + 1)
    }
    if status != 0 { throw ExitCode(status) }
  }
}
