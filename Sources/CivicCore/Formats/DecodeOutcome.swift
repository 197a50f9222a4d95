/// The outcome of decoding one record straight into a caller's array of posts
/// (`StreamDecoder.decode(_:sourceName:into:)`).
public enum DecodeOutcome: Sendable, Equatable {
  /// This many posts were appended (at least one).
  case posts(Int)
  /// A well-formed record that is not a post (a delete, a heartbeat, a non-post Bluesky event, a header row).
  case skipped(reason: String)
  /// A record that could not be decoded, with a short human-readable reason.
  case malformed(reason: String)

  /// Appends the posts of `result` to `posts` and says what happened.
  init(_ result: DecodeResult, into posts: inout [Post]) {
    switch result {
    case .posts(let found):
      posts.append(contentsOf: found)
      self = .posts(found.count)
    case .skipped(let reason): self = .skipped(reason: reason)
    case .malformed(let reason): self = .malformed(reason: reason)
    }
  }
}
