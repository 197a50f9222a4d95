import Foundation

/// A feed with a water incident in recent event time, and a two-service taxonomy to route it: three quiet hours
/// (a park post every 3 minutes), then 40 water complaints in the 20 minutes up to 5 minutes ago. Shared by the
/// alert tests of the dashboard and of `--headless`.
enum IncidentFixture {
  /// Writes `T.toml` and `feed.jsonl` into `directory`; returns their paths. `now` (seconds since 1970) is the
  /// end of the feed: an earlier one makes an archive.
  static func write(into directory: URL, endingAt now: TimeInterval = Date().timeIntervalSince1970) throws
    -> (taxonomy: String, feed: String)
  {
    let taxonomy = directory.appendingPathComponent("T.toml")
    let services = [("water", "Water supply", "water"), ("parks", "Parks", "park")]
    try services.map { "[[service]]\nid = \"\($0)\"\nname = \"\($1)\"\nkeywords = [\"\($2)\"]\n" }.joined()
      .write(to: taxonomy, atomically: false, encoding: .utf8)
    let formatter = ISO8601DateFormatter()
    var lines: [String] = []
    func post(_ id: String, _ secondsAgo: Double, _ text: String) {
      let time = formatter.string(from: Date(timeIntervalSince1970: now - secondsAgo))
      lines.append("{\"id\":\"\(id)\",\"author\":\"resident\",\"created_at\":\"\(time)\",\"text\":\"\(text)\"}")
    }
    for i in 0..<50 { post("p\(i)", 3 * 3600 - Double(i) * 180, "Lovely morning in the park today") }
    for i in 0..<40 {
      post(
        "w\(i)", 25 * 60 - Double(i) * 30,
        "Still no water on Elm Street, burst main and nobody has fixed it, disgraceful")
    }
    let feed = directory.appendingPathComponent("feed.jsonl")
    try (lines.joined(separator: "\n") + "\n").write(to: feed, atomically: false, encoding: .utf8)
    return (taxonomy.path, feed.path)
  }
}
