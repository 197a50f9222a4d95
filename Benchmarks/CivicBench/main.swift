import CivicCore

print("civicpulse-bench: no benchmarks yet")
if CommandLine.arguments.count == 1 || CommandLine.arguments.contains("analytics") { runAnalyticsBench() }
