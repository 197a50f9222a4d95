/// Fills a post's routing and complaint fields: services from the router (primary first) and, when a scorer is
/// set, the complaint flag, score and reasons. Immutable and safe to share between threads.
public struct PostClassifier: Sendable {
  public let router: ServiceRouter
  public let scorer: (any ComplaintScoring)?
  /// Whether `classify` fills `why`; counting paths (report, headless) turn it off for speed.
  public let explain: Bool
  /// The counting path's parts, when it applies (`explain` off, a `ComplaintModel` scorer: the text's bytes are
  /// then read once for routing and scoring, and the model's scoring part is called directly), kept alive by this
  /// classifier, and the same object unretained: `classify(_:)` reaches them through `countingRef` without taking
  /// a reference count. The classifier is shared by threads, and a copy of its parts per post (a retain and a
  /// release of each shared object, which copying a field of this struct takes, as `scorer` makes it
  /// address-only) made their counts bounce between the cores.
  private let countingPath: CountingPath?
  private let countingRef: Unmanaged<CountingPath>?

  public init(router: ServiceRouter, scorer: (any ComplaintScoring)?, explain: Bool = true) {
    self.router = router
    self.scorer = scorer
    self.explain = explain
    if !explain, let linear = (scorer as? ComplaintModel)?.linear {
      let shared = SharedWordTable(terms: linear.table, vocabulary: router.tables.vocabulary)
      let path = CountingPath(router: router, linear: linear, shared: shared)
      countingPath = path
      countingRef = Unmanaged.passUnretained(path)
    } else {
      countingPath = nil
      countingRef = nil
    }
  }

  /// Sets `post.services`, and `complaint`, `complaintScore` and `why` when a scorer is present (without a
  /// scorer those three are left as they are).
  public func classify(_ post: inout Post) {
    if let countingRef {
      // Exactly what `router.services(for:)` and `model.score(text:explain: false)` give, from one read.
      countingRef._withUnsafeGuaranteedRef { $0.classify(&post) }
      return
    }
    post.services = router.services(for: post.text)
    post.serviceCodes = ServiceCodes()
    if let scorer {
      let result = scorer.score(text: post.text, explain: explain)
      post.complaint = result.complaint
      post.complaintScore = result.score
      post.why = result.why
    }
  }

  /// What `classify(_:)` sets for a post whose text has the UTF-8 bytes `text`: its services and (with a
  /// scorer) its score. The counting path (`explain` off, a `ComplaintModel` scorer) reads the bytes as they
  /// are; the others score a String made of them.
  func classification(utf8 text: UnsafeBufferPointer<UInt8>) -> Classification {
    guard countingRef != nil else { return generalClassification(utf8: text) }
    return withUnsafeTemporaryAllocation(of: LetterWord.self, capacity: LetterWord.perPost) { letterWords in
      classification(utf8: text, letterWords: letterWords)
    }
  }

  /// `classification(utf8:)` with scratch space for the counting path (reusable from one text to the next).
  func classification(utf8 text: UnsafeBufferPointer<UInt8>, letterWords: UnsafeMutableBufferPointer<LetterWord>)
    -> Classification
  {
    guard let countingRef else { return generalClassification(utf8: text) }
    return countingRef._withUnsafeGuaranteedRef { $0.classification(utf8: text, letterWords: letterWords) }
  }

  /// The counting path's parts in one object, which `classify(_:)` borrows (see `countingRef`).
  final class CountingPath: Sendable {
    let router: ServiceRouter
    let linear: ComplaintLinearScorer
    let shared: SharedWordTable

    init(router: ServiceRouter, linear: ComplaintLinearScorer, shared: SharedWordTable) {
      self.router = router
      self.linear = linear
      self.shared = shared
    }

    /// `Counting.classification(utf8:letterWords:)` with this object's parts (read in place, not copied).
    func classification(utf8 text: UnsafeBufferPointer<UInt8>, letterWords: UnsafeMutableBufferPointer<LetterWord>)
      -> Classification
    {
      Counting.classification(utf8: text, letterWords: letterWords, router: router, linear: linear, shared: shared)
    }

    /// What `PostClassifier.classify(_:)` does on the counting path.
    func classify(_ post: inout Post) {
      let result = post.text.withUTF8 { text in
        withUnsafeTemporaryAllocation(of: LetterWord.self, capacity: LetterWord.perPost) { letterWords in
          classification(utf8: text, letterWords: letterWords)
        }
      }
      PostClassifier.apply(result, to: &post)
    }
  }

  /// The counting path's parts, when it applies (`explain` off, a `ComplaintModel` scorer): a caller that
  /// classifies many texts takes them once (copying a classifier per text costs reference counting).
  var counting: Counting? {
    countingPath.map { Counting(router: $0.router, linear: $0.linear, shared: $0.shared) }
  }

  /// Routing and scoring in one read of a text, without `why`.
  struct Counting {
    let router: ServiceRouter
    let linear: ComplaintLinearScorer
    let shared: SharedWordTable

    /// What `PostClassifier.classification(utf8:)` gives, sharing lists of three or more services through `lists`
    /// (used with this classifier's router only); `letterWords` is scratch space (any size).
    func classification(
      utf8 text: UnsafeBufferPointer<UInt8>, letterWords: UnsafeMutableBufferPointer<LetterWord>,
      lists: inout ServiceListCache
    ) -> Classification {
      let scratch = Self.scratch(text, letterWords)
      let (services, codes, words) = router.servicesAndCodes(
        utf8: text, shared: shared, letterWords: scratch, lists: &lists)
      return (services, codes, Self.score(text, UnsafeBufferPointer(rebasing: scratch[0..<words]), linear))
    }

    @inline(__always) static func classification(
      utf8 text: UnsafeBufferPointer<UInt8>, letterWords: UnsafeMutableBufferPointer<LetterWord>,
      router: ServiceRouter, linear: ComplaintLinearScorer, shared: SharedWordTable
    ) -> Classification {
      let scratch = Self.scratch(text, letterWords)
      let (services, codes, words) = router.servicesAndCodes(utf8: text, shared: shared, letterWords: scratch)
      return (services, codes, score(text, UnsafeBufferPointer(rebasing: scratch[0..<words]), linear))
    }

    /// Where the router hands the words it read to the scorer: `letterWords`, or nothing for a text of 2 GB or
    /// more (byte offsets are 32-bit).
    @inline(__always) private static func scratch(
      _ text: UnsafeBufferPointer<UInt8>, _ letterWords: UnsafeMutableBufferPointer<LetterWord>
    ) -> UnsafeMutableBufferPointer<LetterWord> {
      text.count <= Int(Int32.max) ? letterWords : UnsafeMutableBufferPointer(start: nil, count: 0)
    }

    /// The score of a text whose letter-only words the router found.
    @inline(__always) private static func score(
      _ text: UnsafeBufferPointer<UInt8>, _ letterWords: UnsafeBufferPointer<LetterWord>,
      _ linear: ComplaintLinearScorer
    ) -> ComplaintScore {
      let probability = linear.probability(utf8: text, letterWords: letterWords)
      return ComplaintScore(score: probability, complaint: probability >= linear.threshold, why: [])
    }
  }

  /// `classification(utf8:)` by separate routing and scoring (`why` filled, or a scorer that is not a model).
  private func generalClassification(utf8 text: UnsafeBufferPointer<UInt8>) -> Classification {
    let (services, codes) = router.servicesAndCodes(utf8: text)
    guard let scorer else { return (services, codes, nil) }
    return (services, codes, scorer.score(text: String(decoding: text, as: UTF8.self), explain: explain))
  }

  /// What `classification(utf8:)` finds: services, their taxonomy positions and (with a scorer) the score.
  typealias Classification = (services: [String], codes: ServiceCodes, score: ComplaintScore?)

  /// Writes a `classification(utf8:)` to a post.
  @inline(__always) static func apply(_ result: Classification, to post: inout Post) {
    post.services = result.services
    post.serviceCodes = result.codes
    guard let score = result.score else { return }
    post.complaint = score.complaint
    post.complaintScore = score.score
    post.why = score.why
  }

  /// Why the post was routed as it was: every matched service with its score and matched terms, strongest
  /// first (for a post's detail view).
  public func explainRouting(_ post: Post) -> [ServiceMatch] {
    router.route(post.text)
  }

  /// A copy using another router (after a taxonomy reload), keeping the scorer.
  public func with(router: ServiceRouter) -> PostClassifier {
    PostClassifier(router: router, scorer: scorer, explain: explain)
  }

  /// A copy that fills `why` or not.
  public func with(explain: Bool) -> PostClassifier {
    PostClassifier(router: router, scorer: scorer, explain: explain)
  }
}
