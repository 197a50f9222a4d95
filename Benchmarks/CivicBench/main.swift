import CivicCore

let benchArguments = Array(CommandLine.arguments.dropFirst())
/// `--posts N` sets how many posts a benchmark uses.
let benchPosts = benchArguments.firstIndex(of: "--posts").flatMap { index in
  index + 1 < benchArguments.count ? Int(benchArguments[index + 1]) : nil
}
let runAll = benchArguments.first.map { $0.hasPrefix("--") } ?? true
if runAll || benchArguments.contains("routing") {
  RoutingBench.run(posts: benchPosts ?? 200_000)
  RoutingBench.run(posts: benchPosts ?? 200_000, scorer: ComplaintModel.builtIn)
}
if runAll || benchArguments.contains("scoring") { ComplaintScoringBench.run() }
if runAll || benchArguments.contains("analytics") { runAnalyticsBench() }
