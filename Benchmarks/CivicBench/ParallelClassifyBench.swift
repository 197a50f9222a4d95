import CivicCore
import Foundation

/// Routing and complaint scoring together (`PostClassifier.classify`) on already-decoded text, the way the
/// ingest engine runs them: on several decode threads at once, with `explain: false` (the counting path).
/// `civicpulse-bench routing --threads N` (default: the active processor count). Each run classifies every post
/// once per thread (each thread its own copy); the figure is total posts over wall-clock time, the median of
/// several runs, with each thread's own CPU-time rate beside it. Single-thread figures with `why` filled and not
/// come first, for comparison.
enum ParallelClassifyBench {
  /// One thread's result of one run.
  struct ThreadResult: Sendable {
    var posts = 0
    var cpuSeconds = 0.0
    var complaints = 0
  }

  static func run(posts count: Int, threads: Int, runs: Int = 5) {
    let texts = RoutingBench.makePosts(count: count)
    let classifier = PostClassifier(router: ServiceRouter(taxonomy: .builtIn), scorer: ComplaintModel.builtIn)
    let batch = texts.enumerated().map { i, text in
      Post(id: "\(i)", platform: .text, authorHandle: "a", arrivalTime: 0, text: text)
    }
    print("routing + scoring bench: \(batch.count) posts, \(runs) runs, median")
    for explain in [true, false] {
      let rates = (0..<runs).map { _ in
        let result = classifyAll(batch, classifier: classifier.with(explain: explain))
        return Double(result.posts) / result.cpuSeconds
      }
      print(
        String(
          format: "  1 thread, explain %@: %.2f M posts/s of CPU time", explain ? "on " : "off",
          median(rates) / 1e6))
    }
    let counting = classifier.with(explain: false)
    var walls: [Double] = []
    var perThread: [[Double]] = []
    for _ in 0..<runs {
      let (wall, results) = parallelRun(batch, classifier: counting, threads: threads)
      let total = results.reduce(0) { $0 + $1.posts }
      walls.append(Double(total) / wall)
      perThread.append(results.map { Double($0.posts) / $0.cpuSeconds })
    }
    let middle = walls.firstIndex(of: median(walls)) ?? 0
    let rates = perThread[middle].map { String(format: "%.2f", $0 / 1e6) }.joined(separator: ", ")
    print(
      String(
        format: "  %d threads, explain off: %.2f M posts/s wall clock (per-thread CPU rates: %@ M posts/s)",
        threads, median(walls) / 1e6, rates))
    // What the threads would do with a core each (the wall-clock figure is lower when other processes share
    // the cores).
    print(
      String(
        format: "  %d threads, explain off: %.2f M posts/s summed over the threads' CPU rates (load %.1f)", threads,
        perThread[middle].reduce(0, +) / 1e6, loadAverage()))
  }

  /// Classifies every post of `batch` once on the calling thread.
  static func classifyAll(_ batch: [Post], classifier: PostClassifier) -> ThreadResult {
    var posts = batch
    // Make this thread's copy before the clock starts (the first write would copy the shared array).
    posts.withUnsafeMutableBufferPointer { _ in }
    let start = RoutingBench.cpuSeconds()
    var complaints = 0
    for i in posts.indices {
      classifier.classify(&posts[i])
      complaints += posts[i].complaint ? 1 : 0
    }
    return ThreadResult(posts: posts.count, cpuSeconds: RoutingBench.cpuSeconds() - start, complaints: complaints)
  }

  /// Runs `classifyAll` on `threads` threads at once; returns the wall-clock seconds and each thread's result.
  static func parallelRun(_ batch: [Post], classifier: PostClassifier, threads: Int) -> (Double, [ThreadResult]) {
    let results = ResultBox(count: threads)
    let group = DispatchGroup()
    let start = Date()
    for index in 0..<threads {
      group.enter()
      let thread = Thread {
        results.set(index, classifyAll(batch, classifier: classifier))
        group.leave()
      }
      thread.start()
    }
    group.wait()
    return (Date().timeIntervalSince(start), results.values)
  }

  /// The one-minute load average, or -1 when unknown.
  static func loadAverage() -> Double {
    guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8),
      let first = text.split(separator: " ").first, let value = Double(first)
    else { return -1 }
    return value
  }

  static func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
  }

  /// The threads' results, written under a lock.
  final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [ThreadResult]

    init(count: Int) { stored = Array(repeating: ThreadResult(), count: count) }

    func set(_ index: Int, _ result: ThreadResult) {
      lock.lock()
      stored[index] = result
      lock.unlock()
    }

    var values: [ThreadResult] {
      lock.lock()
      defer { lock.unlock() }
      return stored
    }
  }
}
