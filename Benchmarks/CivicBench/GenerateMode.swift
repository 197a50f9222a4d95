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
  var rest = arguments[...]
  func number(_ flag: String) throws -> Int {
    guard let text = rest.popFirst(), let n = Int(text), n >= 0 else {
      throw BenchError("\(flag) needs a whole number")
    }
    return n
  }
  while let arg = rest.popFirst() {
    switch arg {
    case "--records": records = try number(arg)
    case "--gap-scale": gapScale = max(1, try number(arg))
    case "--unique-tag-every": uniqueTagEvery = try number(arg)
    case "--out":
      guard let path = rest.popFirst() else { throw BenchError("--out needs a path") }
      out = path
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
