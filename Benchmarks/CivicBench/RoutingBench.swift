import CivicCore
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Routing throughput of the built-in taxonomy on already-decoded post text (run in release:
/// `swift run -c release civicpulse-bench routing`). Throughput is posts per second of this thread's CPU time,
/// so other processes on a shared machine do not distort it; wall-clock figures are printed beside it.
enum RoutingBench {
  static let templates = [
    "Bins not collected AGAIN on our street, third week running #bins @MyCouncil",
    "Huge pothole on the A38 nearly took my wheel off, when will @NationalHighways fix it?",
    "Can't get a GP appointment for three weeks, absolute joke. A&E waits are worse",
    "Lovely sunny afternoon in the park with the kids, thanks to the gardeners!",
    "My train was cancelled again and the replacement bus never turned up #railfail",
    "Black mould in my council flat and the landlord won't fix it, kids keep getting ill",
    "Loud music from the flat next door until 4am every weekend, reported it twice",
    "Why has my property tax bill doubled this year? Nobody answers the phone",
    "Someone dumped a mattress and two sofas in the alley behind the shops #flytipping",
    "Street light outside my house has been out for a month, pitch black at night",
    "just watched the match, what a game!! 😍😍",
    "Council tax went up again and the library is closing at 4pm on weekdays now",
    "Traffic lights at the junction of Station Road stuck on red for 20 minutes",
    "Subway delays on the L train every single morning, thanks @MTA",
    "Road completely flooded outside the school, the drains are blocked again",
    "This phone case is rubbish, would not buy again",
  ]

  static func makePosts(count: Int) -> [String] {
    (0..<count).map { i in
      let text = templates[i % templates.count]
      return i % 3 == 0 ? text : "\(text) \(i)"  // distinct strings, some longer
    }
  }

  /// Runs the routing figures; with a `scorer`, also routing and scoring together through `PostClassifier`
  /// (the ">= 2M posts/s" figure).
  static func run(posts count: Int, scorer: (any ComplaintScoring)? = nil) {
    let posts = makePosts(count: count)
    let bytes = posts.reduce(0) { $0 + $1.utf8.count }
    print("routing bench: \(posts.count) posts, mean \(bytes / posts.count) bytes")
    let compileStart = Date()
    let router = ServiceRouter(taxonomy: .builtIn)
    print(
      String(
        format: "  compile built-in taxonomy: %.1f ms (%d services, %d patterns, %d automaton states, %d words)",
        Date().timeIntervalSince(compileStart) * 1000, router.serviceIDs.count, router.patternCount,
        router.stateCount, router.wordCount))
    measure("services(for:)", posts) { router.services(for: $0).count }
    measure("primaryService(for:)", posts) { router.primaryService(for: $0) == nil ? 0 : 1 }
    measure("route (with terms)", posts) { router.route($0).count }
    let classifier = PostClassifier(router: router, scorer: scorer)
    var batch = posts.prefix(count / 4).enumerated().map { i, text in
      Post(id: "\(i)", platform: .text, authorHandle: "a", arrivalTime: 0, text: text)
    }
    let start = cpuSeconds()
    var routed = 0
    for _ in 0..<4 {
      for i in batch.indices {
        classifier.classify(&batch[i])
        routed += batch[i].services.isEmpty ? 0 : 1
      }
    }
    let seconds = cpuSeconds() - start
    print(
      String(
        format: "  PostClassifier.classify (%@): %.2f M posts/s of CPU time (%d routed)",
        scorer == nil ? "routing only, no scorer" : "routing and complaint scoring",
        Double(batch.count * 4) / seconds / 1e6, routed))

    // The same posts against the built-in taxonomy plus 10 times as many made-up services and terms: one
    // automaton, so the cost per post should stay about the same.
    let large = ServiceRouter(taxonomy: enlarged(.builtIn, copies: 10))
    print("  with \(large.serviceIDs.count) services, \(large.patternCount) patterns, \(large.wordCount) words:")
    measure("services(for:), 11x taxonomy", posts) { large.services(for: $0).count }
  }

  /// `taxonomy` plus `copies` renamed copies of every service whose words are made up (never in the posts).
  static func enlarged(_ taxonomy: Taxonomy, copies: Int) -> Taxonomy {
    var result = taxonomy
    for copy in 1...copies {
      for service in taxonomy.services {
        func rename(_ terms: [String]) -> [String] {
          terms.map { term in term.split(separator: " ").map { "zq\(copy)\($0)" }.joined(separator: " ") }
        }
        result.services.append(
          ServiceDefinition(
            id: "\(service.id)-\(copy)", keywords: rename(service.keywords), weak: rename(service.weak),
            hashtags: rename(service.hashtags), exclude: rename(service.exclude)))
      }
    }
    return result
  }

  /// CPU time of the calling thread, in seconds.
  static func cpuSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }

  static func measure(_ name: String, _ posts: [String], _ body: (String) -> Int) {
    var best = Double.infinity
    var bestWall = Double.infinity
    var sink = 0
    for _ in 0..<3 {
      let start = cpuSeconds()
      let wall = Date()
      for post in posts { sink &+= body(post) }
      best = min(best, cpuSeconds() - start)
      bestWall = min(bestWall, Date().timeIntervalSince(wall))
    }
    print(
      String(
        format: "  %@: %.2f M posts/s of CPU time (%.0f ns/post; wall clock %.2f M posts/s; checksum %d)", name,
        Double(posts.count) / best / 1e6, best / Double(posts.count) * 1e9, Double(posts.count) / bestWall / 1e6,
        sink))
  }
}
