import CivicCore
import Foundation

/// `civicpulse-bench report`: generates Twitter v2 records, times `civicpulse report --format json` on them (median of
/// several runs) against the reference Python script in the same run, and reports peak memory for a small and
/// a ten times larger input. `--baseline PATH` also times another build of civicpulse (e.g. main's), its runs
/// interleaved with the measured build's so both see the same machine load, and checks both print the same report.
///
/// Usage: civicpulse-bench [report] [--records N] [--big N] [--runs N] [--python-runs N] [--civicpulse PATH]
///        [--baseline PATH] [--keep]
struct BenchOptions {
  var records = 300_000
  var bigRecords = 3_000_000
  var runs = 3
  var pythonRuns = 3
  var civicpulse: String?
  var baseline: String?
  var keep = false

  init(_ arguments: [String]) throws {
    var rest = BenchArguments(arguments)
    while let arg = rest.next() {
      switch arg {
      case "report": continue
      case "--records": records = try rest.number(arg)
      case "--big": bigRecords = try rest.number(arg)
      case "--runs": runs = max(1, try rest.number(arg))
      case "--python-runs": pythonRuns = try rest.number(arg)
      case "--civicpulse": civicpulse = try rest.value(arg)
      case "--baseline": baseline = try rest.value(arg)
      case "--keep": keep = true
      case "-h", "--help":
        say("usage: civicpulse-bench [--records N] [--big N (0 skips)] [--runs N] [--python-runs N]")
        say("                        [--civicpulse PATH] [--baseline PATH] [--keep]")
        exit(0)
      default: throw BenchError("unknown argument \(arg)")
      }
    }
  }
}

struct BenchError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}

func generate(
  _ count: Int, into path: String, generator start: TweetGenerator = TweetGenerator(seed: 20_240_501)
) throws -> Int {
  guard let file = fopen(path, "wb") else { throw BenchError("cannot create \(path)") }
  defer { fclose(file) }
  var generator = start
  var chunk = ""
  var bytes = 0
  for i in 0..<count {
    generator.appendRecord(to: &chunk)
    if chunk.utf8.count > 1 << 20 || i == count - 1 {
      bytes += chunk.utf8.count
      var data = chunk
      data.withUTF8 { _ = fwrite($0.baseAddress, 1, $0.count, file) }
      chunk = ""
    }
  }
  return bytes
}

/// Prints a line at once (stdout may be a file while the bench runs for minutes).
func say(_ line: String) {
  print(line)
  fflush(nil)
}

func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

func field(_ name: String, in json: String) -> String? {
  guard let range = json.range(of: "\"\(name)\":") else { return nil }
  let rest = json[range.upperBound...]
  if rest.hasPrefix("[") {
    guard let end = rest.firstIndex(of: "]") else { return nil }
    return String(rest[...end])
  }
  return String(rest.prefix { $0 != "," && $0 != "}" })
}

func readText(_ path: String) -> String { (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }

func formatted(_ value: Double) -> String { String(format: "%.0f", value) }

func runReportBench(_ arguments: [String]) throws {
  let options = try BenchOptions(arguments)
  let binDir = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
  let civicpulse = options.civicpulse ?? binDir.appendingPathComponent("civicpulse").path
  guard FileManager.default.isExecutableFile(atPath: civicpulse) else {
    throw BenchError("civicpulse not found at \(civicpulse); build it (swift build -c release) or pass --civicpulse")
  }
  let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  let script = packageRoot.appendingPathComponent("reference_report.py").path
  let dir = FileManager.default.temporaryDirectory.appendingPathComponent("civicpulse-bench-\(getpid())").path
  try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
  defer { if !options.keep { try? FileManager.default.removeItem(atPath: dir) } }

  let load = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").first ?? "?"
  say("machine: \(ProcessInfo.processInfo.activeProcessorCount) cores, load average \(load) at start")
  let input = dir + "/tweets-v2.jsonl"
  let generateStart = ChildProcess.monotonic()
  let bytes = try generate(options.records, into: input)
  say(
    "generated \(options.records) Twitter v2 records, \(bytes / 1_000_000) MB, in "
      + String(format: "%.1f", ChildProcess.monotonic() - generateStart) + " s (\(input))")

  if let baseline = options.baseline, !FileManager.default.isExecutableFile(atPath: baseline) {
    throw BenchError("baseline civicpulse not found at \(baseline)")
  }
  var times: [Double] = []
  var cpuTimes: [Double] = []
  var baselineTimes: [Double] = []
  var baselineCPU: [Double] = []
  var rss = 0
  let swiftOut = dir + "/report.json"
  let baselineOut = dir + "/baseline-report.json"
  for i in 0..<options.runs {
    if let baseline = options.baseline {
      let outcome = ChildProcess.run([baseline, "report", "--format", "json", input], stdoutPath: baselineOut)
      guard outcome.status == 0 else { throw BenchError("baseline civicpulse report exited with \(outcome.status)") }
      baselineTimes.append(outcome.seconds)
      baselineCPU.append(outcome.cpuSeconds)
      say(
        "  baseline run \(i + 1): " + String(format: "%.3f s wall, %.3f s CPU", outcome.seconds, outcome.cpuSeconds))
    }
    let outcome = ChildProcess.run([civicpulse, "report", "--format", "json", input], stdoutPath: swiftOut)
    guard outcome.status == 0 else { throw BenchError("civicpulse report exited with \(outcome.status)") }
    times.append(outcome.seconds)
    cpuTimes.append(outcome.cpuSeconds)
    rss = max(rss, outcome.maxRSSKiB)
    say(
      "  civicpulse run \(i + 1): " + String(format: "%.3f s wall, %.3f s CPU", outcome.seconds, outcome.cpuSeconds))
  }
  let swiftReport = readText(swiftOut)
  let swiftPosts = Int(field("posts", in: swiftReport) ?? "") ?? -1
  let swiftRate = Double(options.records) / median(times)
  say(
    "civicpulse report: median " + String(format: "%.3f", median(times)) + " s, \(formatted(swiftRate)) posts/s,"
      + " max RSS \(rss / 1024) MiB, posts counted \(swiftPosts)")

  if options.baseline != nil {
    let rate = Double(options.records) / median(baselineTimes)
    say(
      "baseline report:   median " + String(format: "%.3f", median(baselineTimes)) + " s, \(formatted(rate)) posts/s, "
        + String(format: "%.3f", median(baselineCPU)) + " s CPU; civicpulse / baseline: "
        + String(format: "%.2f", swiftRate / rate) + "x wall, "
        + String(format: "%.2f", median(baselineCPU) / median(cpuTimes)) + "x CPU")
    say("  check whole report against baseline: " + (readText(baselineOut) == swiftReport ? "same" : "DIFFERENT"))
  }
  let swiftCPURate = Double(options.records) / median(cpuTimes)
  var pythonRate: Double?
  var pythonCPURate: Double?
  if options.pythonRuns > 0 {
    var pythonTimes: [Double] = []
    var pythonCPU: [Double] = []
    let pythonOut = dir + "/reference.json"
    for i in 0..<options.pythonRuns {
      let outcome = ChildProcess.run(["python3", script, input], stdoutPath: pythonOut)
      guard outcome.status == 0 else { throw BenchError("reference_report.py exited with \(outcome.status)") }
      pythonTimes.append(outcome.seconds)
      pythonCPU.append(outcome.cpuSeconds)
      say(
        "  python run \(i + 1): " + String(format: "%.3f s wall, %.3f s CPU", outcome.seconds, outcome.cpuSeconds))
    }
    let pythonReport = readText(pythonOut)
    let rate = Double(options.records) / median(pythonTimes)
    pythonRate = rate
    pythonCPURate = Double(options.records) / median(pythonCPU)
    say("python reference:  median " + String(format: "%.3f", median(pythonTimes)) + " s, \(formatted(rate)) posts/s")
    for name in ["posts", "first", "last", "hashtags"] {
      let a = field(name, in: swiftReport)
      let b = field(name, in: pythonReport)
      say("  check \(name): " + (a == b ? "same" : "DIFFERENT (civicpulse \(a ?? "-"), python \(b ?? "-"))"))
    }
    say("ratio civicpulse / python: " + String(format: "%.1f", swiftRate / rate) + "x")
  }

  if options.bigRecords > 0 {
    let big = dir + "/tweets-v2-big.jsonl"
    try? FileManager.default.removeItem(atPath: input)
    let bigBytes = try generate(options.bigRecords, into: big)
    let builds =
      [("civicpulse", civicpulse, swiftOut)] + (options.baseline.map { [("baseline", $0, baselineOut)] } ?? [])
    for (name, program, output) in builds {
      let outcome = ChildProcess.run([program, "report", "--format", "json", big], stdoutPath: output)
      guard outcome.status == 0 else { throw BenchError("\(name) report exited with \(outcome.status)") }
      let posts = Int(field("posts", in: readText(output)) ?? "") ?? -1
      say(
        "\(name) report on \(options.bigRecords) records (\(bigBytes / 1_000_000) MB): "
          + String(format: "%.3f", outcome.seconds) + " s, "
          + "\(formatted(Double(options.bigRecords) / outcome.seconds)) posts/s, max RSS \(outcome.maxRSSKiB / 1024) MiB"
          + ", posts counted \(posts)")
    }
    if options.baseline != nil {
      say(
        "  check whole report on \(options.bigRecords) records against baseline: "
          + (readText(baselineOut) == readText(swiftOut) ? "same" : "DIFFERENT"))
    }
  }
  say(
    "summary: civicpulse \(formatted(swiftRate)) posts/s"
      + (pythonRate.map {
        ", python \(formatted($0)) posts/s, ratio " + String(format: "%.1f", swiftRate / $0) + "x"
      } ?? "") + ", max RSS \(rss / 1024) MiB at \(options.records) records")
  // Per CPU-second figures do not depend on what else the machine is running at the time.
  say(
    "per CPU-second: civicpulse \(formatted(swiftCPURate)) posts"
      + (pythonCPURate.map {
        ", python \(formatted($0)) posts, ratio " + String(format: "%.1f", swiftCPURate / $0) + "x"
      } ?? ""))
}
