/// Fills a post's routing and complaint fields: services from the router (primary first) and, when a scorer is
/// set, the complaint flag, score and reasons. Immutable and safe to share between threads.
public struct PostClassifier: Sendable {
  public let router: ServiceRouter
  public let scorer: (any ComplaintScoring)?
  /// Whether `classify` fills `why`; counting paths (report, headless) turn it off for speed.
  public let explain: Bool
  /// The scoring part of the scorer when it is a `ComplaintModel`: the counting path (`explain` off) then reads
  /// the text's bytes once for routing and scoring, and calls the model directly.
  private let linear: ComplaintLinearScorer?

  public init(router: ServiceRouter, scorer: (any ComplaintScoring)?, explain: Bool = true) {
    self.router = router
    self.scorer = scorer
    self.explain = explain
    linear = (scorer as? ComplaintModel)?.linear
  }

  /// Sets `post.services`, and `complaint`, `complaintScore` and `why` when a scorer is present (without a
  /// scorer those three are left as they are).
  public func classify(_ post: inout Post) {
    if !explain, linear != nil {
      // Exactly what `router.services(for:)` and `model.score(text:explain: false)` give, from one read.
      let result = post.text.withUTF8 { classification(utf8: $0) }
      Self.apply(result, to: &post)
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
    if !explain, let linear {
      // The router hands the words it hashed to the scorer (byte offsets are 32-bit: not for a text of 2 GB).
      let capacity = text.count <= Int(Int32.max) ? LetterWord.perPost : 0
      return withUnsafeTemporaryAllocation(of: LetterWord.self, capacity: capacity) { letterWords in
        let (services, codes, words) = router.servicesAndCodes(utf8: text, letterWords: letterWords)
        let probability = linear.probability(
          utf8: text, letterWords: UnsafeBufferPointer(rebasing: letterWords[0..<words]))
        return (
          services, codes, ComplaintScore(score: probability, complaint: probability >= linear.threshold, why: [])
        )
      }
    }
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
