import CivicCore

/// Applies a `RefreshPolicy` to the views the app draws: between data refreshes it keeps the figures of the
/// last refresh (only the clock moves), and while the Posts pane follows it lets new posts in at a bounded row
/// rate, newest first, so the terminal scrolls the pane by a row instead of repainting it. It holds one view
/// and at most one pane of posts: its memory does not grow.
public final class ViewThrottle {
  public let policy: RefreshPolicy
  private var held: DashboardView?
  private var heldAt: Int64 = 0
  private var heldQuery: AnyHashable?
  private var shown: [Post] = []
  private var shownNewest = 0
  private var shownLimit = 0
  private var following = false
  private var tokens = 0.0
  private var tokensAt: Int64 = 0

  public init(policy: RefreshPolicy) {
    self.policy = policy
  }

  /// The view to draw instead of `fresh`.
  /// - Parameters:
  ///   - following: the Posts pane follows new posts (not paused, at the top).
  ///   - throttlePosts: whether to apply the row rate (false for views whose posts are not a pane of rows).
  ///   - holdPosts: hold the posts with the figures between data refreshes (the wall, whose newest complaints
  ///     are picked from the posts: they would otherwise be rewritten at the frame rate on a busy feed).
  ///   - query: what the view was asked for (the Services window and sort, the filter): a view asked for
  ///     differently is never held, so a key that changes it shows at once, not a data interval later.
  ///   - monotonicMillis: a monotonic clock in milliseconds.
  public func apply(
    _ fresh: DashboardView, following isFollowing: Bool, throttlePosts: Bool = true, holdPosts: Bool = false,
    query: AnyHashable? = nil, monotonicMillis now: Int64
  ) -> DashboardView {
    guard !policy.isFull else { return fresh }
    var out = fresh
    // A view from before the first post is not held: the first posts show at once, not a data interval later.
    // Nor one from before the first live post (history loaded at start-up, a feed silent until now): the header
    // said "0 posts/min" for 5 s while the Posts pane scrolled.
    if let held, held.totalPosts > 0 || fresh.totalPosts == 0, held.postsPerMinute > 0 || fresh.postsPerMinute == 0,
      now - heldAt < policy.dataIntervalMillis, now >= heldAt, query == heldQuery
    {
      out = held
      out.now = fresh.now
      if !holdPosts {
        out.posts = fresh.posts
        out.postRowCount = fresh.postRowCount
        out.newestSequence = fresh.newestSequence
      }
    } else {
      held = fresh
      heldAt = now
      heldQuery = query
    }
    guard throttlePosts, let rate = policy.postRowsPerSecond, isFollowing else {
      following = false
      return out
    }
    out.posts = posts(from: fresh, rate: rate, now: now)
    return out
  }

  private func posts(from fresh: DashboardView, rate: Double, now: Int64) -> [Post] {
    let limit = fresh.posts.count
    if !following || limit != shownLimit || fresh.newestSequence < shownNewest {
      // Just started following (or the pane changed size, or the model restarted): show the newest as they are.
      following = true
      shown = fresh.posts
      shownNewest = fresh.newestSequence
      shownLimit = limit
      tokens = 0
      tokensAt = now
      return shown
    }
    let elapsed = Double(max(0, now - tokensAt)) / 1000
    tokensAt = now
    tokens = min(max(1, rate), tokens + elapsed * rate)
    let arrived = fresh.newestSequence - shownNewest
    let take = min(arrived, Int(tokens), limit)
    if take > 0 {
      // The newest `take` posts come in on top; posts between them and the shown ones are skipped.
      shown = Array((fresh.posts.prefix(take) + shown).prefix(limit))
      shownNewest = fresh.newestSequence
      tokens -= Double(take)
    }
    // An edited post (updated in place in the model) shows its new text in the rows already on screen.
    if fresh.posts.contains(where: \.isEdit) {
      let current = Dictionary(fresh.posts.map { ($0.id, $0) }) { newest, _ in newest }
      shown = shown.map { current[$0.id] ?? $0 }
    }
    return shown
  }
}
