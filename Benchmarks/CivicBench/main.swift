import CivicCore

let benchArguments = CommandLine.arguments.dropFirst()
if benchArguments.isEmpty || benchArguments.contains("analytics") { runAnalyticsBench() }
if benchArguments.isEmpty || benchArguments.contains("scoring") { ComplaintScoringBench.run() }
