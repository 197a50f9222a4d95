import CivicCore
import Foundation

/// civicpulse-bench MODE [options]: `report` (default; the ingestion benchmark against the Python reference),
/// `routing [--posts N] [--threads N] [--realistic N]`, `scoring`, `analytics`, `generate` (records to a file).
let benchArguments = Array(CommandLine.arguments.dropFirst())
let mode = benchArguments.first.flatMap { $0.hasPrefix("-") ? nil : $0 } ?? "report"
let modeArguments = benchArguments.first == mode ? Array(benchArguments.dropFirst()) : benchArguments

do {
  switch mode {
  case "report":
    try runReportBench(modeArguments)
  case "routing":
    func option(_ name: String) -> Int? {
      modeArguments.firstIndex(of: name).flatMap { index in
        index + 1 < modeArguments.count ? Int(modeArguments[index + 1]) : nil
      }
    }
    let posts = option("--posts")
    let threads = max(1, option("--threads") ?? ProcessInfo.processInfo.activeProcessorCount)
    RoutingBenchRealistic.run(generated: option("--realistic") ?? 30_000)
    RoutingBench.run(posts: posts ?? 200_000)
    RoutingBench.run(posts: posts ?? 200_000, scorer: ComplaintModel.builtIn)
    ParallelClassifyBench.run(posts: posts ?? 200_000, threads: threads)
  case "scoring":
    ComplaintScoringBench.run()
  case "analytics":
    runAnalyticsBench()
  case "generate":
    try runGenerate(modeArguments)
  default:
    throw BenchError("unknown mode \(mode): use report, routing, scoring, analytics or generate")
  }
} catch {
  FileHandle.standardError.write(Data("civicpulse-bench: \(error)\n".utf8))
  exit(1)
}
