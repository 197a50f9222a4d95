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

/// `civicpulse watch`: the live dashboard (the default subcommand).
struct WatchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "watch",
    abstract: "Open the live dashboard.",
    discussion: """
      Keys: q quit, ? help, Tab/Shift-Tab focus, j/k or arrows move, g/G top/bottom, PgUp/PgDn page, \
      Space pause/resume following, Ctrl-L redraw; f/F filter, :filter EXPR, / search, n/N hits, Enter detail, \
      h/E/x/a triage (handled, escalated, not a complaint, note), u undo, e export.
      """)

  @Flag(name: .long, help: "Watch the built-in demo feed of invented posts about public services.")
  var demo = false

  @Option(name: .long, help: "Seed of the demo feed (the same seed gives the same posts).")
  var seed: UInt64 = 1

  @Option(name: .customLong("demo-rate"), help: "Demo posts per second (0: silent).")
  var demoRate: Double = 5

  @Option(name: .long, help: "How many of the newest posts the Posts pane keeps (older ones stay counted).")
  var keep: Int = 10_000

  @Option(
    name: .long, help: ArgumentHelp("Colour theme name or file (see `civicpulse themes`).", valueName: "name|path"))
  var theme: String?

  @Flag(name: .customLong("no-color"), help: "No colours, attributes only (also when NO_COLOR is set).")
  var noColor = false

  @OptionGroup var stateOption: StateOption

  @Option(
    name: .customLong("export-dir"),
    help: ArgumentHelp("Directory where `e` writes the filtered posts (default: the current one).", valueName: "dir"))
  var exportDirectory: String?

  func validate() throws {
    guard keep > 0 else { throw ValidationError("--keep must be at least 1") }
    guard demoRate >= 0, demoRate.isFinite, demoRate <= 100_000 else {
      throw ValidationError("--demo-rate must be between 0 and 100000 posts per second")
    }
  }

  func run() throws {
    guard demo else {
      throw ValidationError(
        "no source to watch: use --demo for the built-in demo feed (civicpulse --demo)")
    }
    guard isatty(0) == 1, isatty(1) == 1 else {
      throw ValidationError("the dashboard needs a terminal on stdin and stdout")
    }
    let environment = ProcessInfo.processInfo.environment
    // Refuse terminals that cannot show the dashboard (dumb, TERM unset) before touching them.
    do {
      _ = try TerminalProfile.detect(term: environment["TERM"], env: environment, noColorFlag: noColor)
    } catch {
      throw ValidationError(error.description)
    }
    let loaded = ThemeLoader.forCurrentProcess().load(theme)
    guard let wake = WakePipe() else { throw ValidationError("cannot create the wake-up pipe") }
    // Our handlers first: ncurses then leaves SIGINT/SIGTERM/SIGHUP to us.
    SignalTrap.install(writingTo: wake)

    let services = DemoFeed.services
    let model = LiveModel(
      keep: keep, analytics: AnalyticsEngine(services: services), serviceOrder: services.map(\.id),
      onChange: { wake.wake() })
    model.setSources([SourceStatus(name: "demo", state: demoRate > 0 ? .following : .waiting)])
    // Routing and scoring hook: demo posts keep their own labels until a classifier is plugged in here.
    let enrich: DemoDriver.Enrich = { _ in }
    let driver = DemoDriver(seed: seed, rate: demoRate, enrich: enrich, sink: { model.add($0) })

    let screen = try NcursesScreen(noColor: noColor)
    let profile = try? TerminalProfile.detect(
      term: environment["TERM"], env: environment, terminalColors: screen.terminalColors, noColorFlag: noColor)
    let depth = profile?.colorDepth ?? .noColor
    screen.colorDepth = min(depth, .colors256)
    let renderer = DashboardRenderer(theme: loaded.theme.adapted(to: depth), glyphs: profile?.glyphs)
    TerminalRestore.installCrashHandlers()
    driver.start()
    let app = DashboardApp(model: model, wake: wake, renderer: renderer)
    // Triage marks shared with every other terminal; a store that cannot be written leaves the dashboard read-only.
    let (store, storeStatus) = TriageStore.open(path: stateOption.path)
    app.workflow = WorkflowController(
      triage: TriageSession(store: store, status: storeStatus),
      exportDirectory: exportDirectory ?? FileManager.default.currentDirectoryPath)
    let status = app.run(on: screen)
    driver.stop()
    screen.end()
    // Theme mistakes are told once the terminal is back (the default theme was used instead).
    for problem in loaded.errors { FileHandle.standardError.write(Data("civicpulse: \(problem)\n".utf8)) }
    if status != 0 { throw ExitCode(status) }
  }
}
