import CivicCore
import Foundation

/// `civicpulse-bench generate --records N --out PATH [--gap-scale K] [--unique-tag-every N]`: writes the report
/// bench's Twitter v2 records to a file (the same records as the report bench with the defaults), for the soak
/// test and for profiling. `--gap-scale 10` spreads 1,000,000 posts over about 35 days of event time;
/// `--unique-tag-every 20` gives one post in 20 a hashtag never seen before.
func runGenerate(_ arguments: [String]) throws {
  var records = 300_000
  var out: String?
  var gapScale = 1
  var uniqueTagEvery = 0
  var rest = BenchArguments(arguments)
  while let arg = rest.next() {
    switch arg {
    case "--records": records = try rest.number(arg)
    case "--gap-scale": gapScale = max(1, try rest.number(arg))
    case "--unique-tag-every": uniqueTagEvery = try rest.number(arg)
    case "--out": out = try rest.value(arg)
    case "-h", "--help":
      say("usage: civicpulse-bench generate --records N --out PATH [--gap-scale K] [--unique-tag-every N]")
      return
    default: throw BenchError("unknown argument \(arg)")
    }
  }
  guard let path = out else { throw BenchError("generate needs --out PATH") }
  let generator = TweetGenerator(
    seed: 20_240_501, gapScale: EpochMillis(gapScale), uniqueTagEvery: UInt64(uniqueTagEvery))
  let bytes = try generate(records, into: path, generator: generator)
  say("wrote \(records) records, \(bytes) bytes, to \(path)")
}
