import ArgumentParser
import CivicCore
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
      Space pause/resume following, Ctrl-L redraw.
      """)

  @Flag(name: .long, help: "Watch the built-in demo feed of invented posts about public services.")
  var demo = false

  @Option(name: .long, help: "Seed of the demo feed (the same seed gives the same posts).")
  var seed: UInt64 = 1

  @Option(name: .customLong("demo-rate"), help: "Demo posts per second (0: silent).")
  var demoRate: Double = 5

  @Option(name: .long, help: "How many of the newest posts the Posts pane keeps (older ones stay counted).")
  var keep: Int = 10_000

  @Flag(name: .long, help: "Wall-display mode: large figures, alert banner, no input needed.")
  var wall = false

  @Option(
    name: .long,
    help: "Refresh for the link: full, low (figures every 2 s, one new post row a second) or auto (low over SSH).")
  var bandwidth: BandwidthChoice = .auto

  @Flag(name: .customLong("demo-incident-now"), help: "Start a demo incident (and so an alert) right away.")
  var demoIncidentNow = false

  @Option(name: .customLong("demo-inject"), help: .hidden)
  var demoInject: [String] = []

  @Option(name: .long, help: "Colour theme name or file (the built-in theme until theme files are supported).")
  var theme: String?

  @Flag(name: .customLong("no-color"), help: "No colours, attributes only (also when NO_COLOR is set).")
  var noColor = false

  func validate() throws {
    guard keep > 0 else { throw ValidationError("--keep must be at least 1") }
    guard demoRate >= 0, demoRate.isFinite, demoRate <= 100_000 else {
      throw ValidationError("--demo-rate must be between 0 and 100000 posts per second")
    }
    if let theme, !["default", "built-in"].contains(theme) {
      throw ValidationError("unknown theme '\(theme)': this build has only the built-in theme")
    }
  }

  func run() throws {
    guard demo else {
      throw ValidationError(
        "no source to watch: use --demo for the built-in demo feed (civicpulse --demo)")
    }
    if let refusal = TerminalGate.refusal(term: getenv("TERM").map { String(cString: $0) }) {
      FileHandle.standardError.write(Data(("civicpulse: " + refusal + "\n").utf8))
      throw ExitCode(2)
    }
    guard isatty(0) == 1, isatty(1) == 1 else {
      throw ValidationError("the dashboard needs a terminal on stdin and stdout")
    }
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
    driver.incidentNow = demoIncidentNow
    model.add(DemoInjection.posts(demoInject, at: LiveModel.wallClock()))

    let screen = try NcursesScreen(noColor: noColor || getenv("NO_COLOR") != nil)
    TerminalRestore.installCrashHandlers()
    driver.start()
    let policy = bandwidth.policy(environment: ProcessInfo.processInfo.environment)
    let app = DashboardApp(
      model: model, wake: wake, renderer: DashboardRenderer(theme: .fallback),
      maxFramesPerSecond: policy.maxFramesPerSecond)
    if wall { app.wall = WallRenderer(theme: .fallback) }
    if !policy.isFull { app.throttle = ViewThrottle(policy: policy) }
    let status = app.run(on: screen)
    driver.stop()
    screen.end()
    if status != 0 { throw ExitCode(status) }
  }
}
