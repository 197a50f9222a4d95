/// Fills a post's routing and complaint fields: services from the router (primary first) and, when a scorer is
/// set, the complaint flag, score and reasons. Immutable and safe to share between threads.
public struct PostClassifier: Sendable {
  public let router: ServiceRouter
  public let scorer: (any ComplaintScoring)?

  public init(router: ServiceRouter, scorer: (any ComplaintScoring)?) {
    self.router = router
    self.scorer = scorer
  }

  /// Sets `post.services`, and `complaint`, `complaintScore` and `why` when a scorer is present (without a
  /// scorer those three are left as they are).
  public func classify(_ post: inout Post) {
    post.services = router.services(for: post.text)
    if let scorer {
      let result = scorer.score(text: post.text)
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
    PostClassifier(router: router, scorer: scorer)
  }
}
