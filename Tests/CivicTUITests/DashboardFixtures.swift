import CivicCore

@testable import CivicTUI

/// A fixed frame of data for rendering tests: posts with wide and hostile text, services, trending tags.
enum DashboardFixtures {
  static let now: EpochMillis = 1_780_000_000_000

  static let texts = [
    "Bins missed again on Station Road, third week running",
    "我们小区的路灯坏了一个星期了，晚上很黑。",
    "The 38 didn't turn up 🚌🙄 forty minutes at the stop",
    "Cafe\u{0301} Quarter: water pressure terrible; e\u{0301}\u{0301}\u{0301} combining",
    "ہماری گلی میں تین دن سے پانی نہیں آ رہا",
    "Escape attempt \u{1B}[2J\u{1B}]0;owned\u{07} should stay inert",
    "Dziękuję za szybką naprawę latarni! 👍",
    "한국어 게시물 테스트 with ｗｉｄｅ letters",
  ]

  static func post(_ i: Int) -> Post {
    let services = ["waste", "street-lighting", "buses", "water", "water", "roads", "street-lighting", "libraries"]
    let authors = ["amy_r", "wei_zhang", "rajpatel82", "siobhan.k", "imran_q", "mallory", "kasia_n", "minjun"]
    return Post(
      id: "p\(i)", platform: .demo, authorHandle: authors[i % authors.count],
      arrivalTime: now - EpochMillis(i) * 7_000, text: texts[i % texts.count], hashtags: [],
      services: [services[i % services.count]], complaint: i % 3 != 2)
  }

  static func view(postCount: Int = 40, paused: Bool = false) -> DashboardView {
    let posts = (0..<postCount).map(post)
    let services = [
      ServiceRow(
        id: "water", name: "Water supply", complaints: 120, posts: 150,
        sparkline: (0..<60).map { $0 > 50 ? 20 : 1 }, alert: .high),
      ServiceRow(id: "buses", name: "Buses", complaints: 45, posts: 80, sparkline: (0..<60).map { $0 % 5 }),
      ServiceRow(
        id: "waste", name: "Bins & recycling", complaints: 30, posts: 70, sparkline: Array(repeating: 0, count: 60)),
      ServiceRow(id: "street-lighting", name: "Street lighting", complaints: 12, posts: 20, sparkline: [1, 2, 3]),
    ]
    let trending = [
      TrendingTag(tag: "WaterMainBurst", count: 88, score: 9, direction: .rising),
      TrendingTag(tag: "bins", count: 31, score: 1, direction: .steady),
      TrendingTag(tag: "路灯", count: 12, score: 0.4, direction: .falling),
    ]
    return DashboardView(
      now: now, sources: [SourceStatus(name: "demo", state: .following)], postsPerMinute: 312, totalPosts: 12_345,
      complaints: 8_000, malformed: 7, keptPosts: postCount, newestSequence: 12_345, postRowCount: postCount,
      posts: posts, services: services, trending: trending,
      activeAlerts: [
        Alert(
          id: 1, service: "water", serviceName: "Water supply", start: now - 600_000, complaints: 120, expected: 10,
          severity: .high)
      ],
      serviceOrder: ["waste": 0, "water": 11, "buses": 3])
  }

  static func render(width: Int, height: Int, state: DashboardState = DashboardState(), asciiOnly: Bool = false)
    -> CellBuffer
  {
    let buffer = CellBuffer(width: width, height: height, asciiOnly: asciiOnly)
    DashboardRenderer().render(view: view(), state: state, on: buffer)
    return buffer
  }
}
