import CivicCore

let benchArguments = Array(CommandLine.arguments.dropFirst())
if benchArguments.isEmpty || benchArguments.contains("routing") {
  RoutingBench.run()
}
