import Foundation

/// A feed with a water incident in recent event time, and a two-service taxonomy to route it: three quiet hours
/// (a park post every 3 minutes), then 40 water complaints from 40 residents in the 20 minutes up to 5 minutes
/// ago. Shared by the alert tests of the dashboard, of `--headless` and of `report`.
enum IncidentFixture {
  /// The shape of the feed's records.
  enum Format {
    /// Generic JSON: `{"id", "author", "created_at", "text"}`.
    case json
    /// Twitter v2 stream records: the author's `author_id` in `data`, their username in `includes.users`.
    case twitterV2
  }

  /// Writes `T.toml` and `feed.jsonl` into `directory`; returns their paths. `now` (seconds since 1970) is the
  /// end of the feed: an earlier one makes an archive. `oneAccount`: the 40 complaints all come from one account
  /// (not an incident: one angry resident).
  static func write(
    into directory: URL, endingAt now: TimeInterval = Date().timeIntervalSince1970, format: Format = .json,
    oneAccount: Bool = false
  ) throws -> (taxonomy: String, feed: String) {
    let taxonomy = directory.appendingPathComponent("T.toml")
    let services = [("water", "Water supply", "water"), ("parks", "Parks", "park")]
    try services.map { "[[service]]\nid = \"\($0)\"\nname = \"\($1)\"\nkeywords = [\"\($2)\"]\n" }.joined()
      .write(to: taxonomy, atomically: false, encoding: .utf8)
    let formatter = ISO8601DateFormatter()
    var lines: [String] = []
    func post(_ id: String, _ secondsAgo: Double, _ text: String, author: Int) {
      let time = formatter.string(from: Date(timeIntervalSince1970: now - secondsAgo))
      switch format {
      case .json:
        lines.append(
          "{\"id\":\"\(id)\",\"author\":\"resident\(author)\",\"created_at\":\"\(time)\",\"text\":\"\(text)\"}")
      case .twitterV2:
        let user = 5000 + author
        lines.append(
          "{\"data\":{\"id\":\"\(id)\",\"author_id\":\"\(user)\",\"created_at\":\"\(time)\",\"text\":\"\(text)\"},"
            + "\"includes\":{\"users\":[{\"id\":\"\(user)\",\"username\":\"resident\(author)\"}]}}")
      }
    }
    for i in 0..<50 { post("p\(i)", 3 * 3600 - Double(i) * 180, "Lovely morning in the park today", author: 100 + i) }
    for i in 0..<40 {
      post(
        "w\(i)", 25 * 60 - Double(i) * 30,
        "Still no water on Elm Street, burst main and nobody has fixed it, disgraceful", author: oneAccount ? 0 : i)
    }
    let feed = directory.appendingPathComponent("feed.jsonl")
    try (lines.joined(separator: "\n") + "\n").write(to: feed, atomically: false, encoding: .utf8)
    return (taxonomy.path, feed.path)
  }
}
