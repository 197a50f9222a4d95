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
    if !explain, let linear {
      // Exactly what `router.services(for:)` and `model.score(text:explain: false)` give, from one read.
      let (services, probability) = post.text.withUTF8 { bytes in
        (router.services(utf8: bytes), linear.probability(utf8: bytes))
      }
      post.services = services
      post.complaint = probability >= linear.threshold
      post.complaintScore = probability
      post.why = []
      return
    }
    post.services = router.services(for: post.text)
    if let scorer {
      let result = scorer.score(text: post.text, explain: explain)
      post.complaint = result.complaint
      post.complaintScore = result.score
      post.why = result.why
    }
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
