import CivicCore
import Foundation

/// Routing and complaint scoring together (`PostClassifier.classify`) on already-decoded text, the way the
/// ingest engine runs them: on several decode threads at once, with `explain: false` (the counting path).
/// `civicpulse-bench routing --threads N` (default: the active processor count). Each run classifies every post
/// once per thread (each thread its own copy, made and freed outside the timed part); the figure is total posts
/// over wall-clock time, the median of several runs, with each thread's own CPU-time rate beside it. Single-thread figures with `why` filled and not
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
    return classifyInPlace(&posts, classifier: classifier)
  }

  /// Classifies every post of `posts` (this thread's own copy) once on the calling thread.
  static func classifyInPlace(_ posts: inout [Post], classifier: PostClassifier) -> ThreadResult {
    let start = RoutingBench.cpuSeconds()
    var complaints = 0
    for i in posts.indices {
      classifier.classify(&posts[i])
      complaints += posts[i].complaint ? 1 : 0
    }
    return ThreadResult(posts: posts.count, cpuSeconds: RoutingBench.cpuSeconds() - start, complaints: complaints)
  }

  /// Classifies `batch` on `threads` threads at once; returns the wall-clock seconds and each thread's result.
  /// Each thread copies the batch (its own posts to write into) and frees its copy outside the timed part: the
  /// clock runs from releasing the ready threads together until the last one has classified its last post.
  static func parallelRun(_ batch: [Post], classifier: PostClassifier, threads: Int) -> (Double, [ThreadResult]) {
    let results = ResultBox(count: threads)
    let ready = DispatchGroup()
    let finished = DispatchGroup()
    let done = DispatchGroup()
    let go = DispatchSemaphore(value: 0)
    for index in 0..<threads {
      ready.enter()
      finished.enter()
      done.enter()
      let thread = Thread {
        var posts = batch
        posts.withUnsafeMutableBufferPointer { _ in }
        ready.leave()
        go.wait()
        results.set(index, classifyInPlace(&posts, classifier: classifier))
        finished.leave()
        posts = []
        done.leave()
      }
      thread.start()
    }
    ready.wait()
    let start = Date()
    for _ in 0..<threads { go.signal() }
    finished.wait()
    let seconds = Date().timeIntervalSince(start)
    done.wait()
    return (seconds, results.values)
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
