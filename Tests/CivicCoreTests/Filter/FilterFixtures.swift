import CivicCore

/// Posts and marks for the filter, triage and export tests.
enum FilterFixtures {
  /// 2026-11-27T00:00:00Z.
  static let midnight: EpochMillis = 1_795_737_600_000

  static func post(
    _ id: String, text: String = "the bins were not collected again", services: [String] = ["waste"],
    complaint: Bool = true, platform: Platform = .mastodon, minutesAgo: Int64 = 0, now: EpochMillis = midnight
  ) -> Post {
    Post(
      id: id, platform: platform, authorHandle: "resident\(id)", eventTime: now - minutesAgo * 60_000,
      arrivalTime: now, text: text, hashtags: ["bins"], url: "https://example.org/\(id)", services: services,
      complaint: complaint, complaintScore: complaint ? 0.9 : 0.1, why: complaint ? ["again"] : [])
  }

  static func mark(
    _ id: Int64, _ postID: String, _ action: TriageAction, team: String? = nil, note: String? = nil,
    officer: String = "ana", undoes: Int64? = nil
  ) -> TriageMark {
    TriageMark(
      id: id, postID: postID, action: action, team: team, note: note, officer: officer,
      createdAt: midnight + id * 1_000, undoes: undoes)
  }
}
