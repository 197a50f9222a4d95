import CivicCore

@testable import CivicTUI

/// A hand-built frame for the wall display: the demo's thirteen services, complaints and other posts, and
/// optionally active alerts.
enum WallFixtures {
  static let now: EpochMillis = 1_780_000_000_000

  static let serviceNames = [
    ("water", "Water supply"), ("buses", "Buses"), ("waste", "Bins & recycling"),
    ("street-lighting", "Street lighting"), ("roads", "Roads"), ("rail", "Rail"), ("parks", "Parks"),
    ("housing", "Housing"), ("libraries", "Libraries"), ("parking", "Parking"), ("noise", "Noise"),
    ("health", "Health"), ("drainage", "Drainage"),
  ]

  static func services(alerting: Set<String>) -> [ServiceRow] {
    serviceNames.enumerated().map { index, entry in
      ServiceRow(
        id: entry.0, name: entry.1, complaints: entry.0 == "water" ? 134 : 40 - index * 3, posts: 90 - index,
        sparkline: (0..<60).map { ($0 + index) % 7 }, alert: alerting.contains(entry.0) ? .high : nil)
    }
  }

  static func alert(_ id: Int, service: String, name: String, minutesAgo: Int, complaints: Int, expected: Double)
    -> Alert
  {
    Alert(
      id: id, service: service, serviceName: name, start: now - EpochMillis(minutesAgo) * 60_000,
      complaints: complaints, expected: expected, severity: .high)
  }

  static func posts(extra: [String] = []) -> [Post] {
    var texts = extra
    for i in 0..<30 { texts.append(i % 2 == 0 ? "Complaint number \(i) about no water" : "Thank you note \(i)") }
    return texts.enumerated().map { i, text in
      Post(
        id: "w\(i)", platform: .demo, authorHandle: "user\(i)", arrivalTime: now - EpochMillis(i) * 5_000,
        text: text, services: [i % 3 == 0 ? "water" : "buses"], complaint: i < extra.count || i % 2 == 0)
    }
  }

  static func view(alerts: [Alert] = [], extraPosts: [String] = []) -> DashboardView {
    let order = Dictionary(uniqueKeysWithValues: serviceNames.enumerated().map { ($0.element.0, $0.offset) })
    return DashboardView(
      now: now, sources: [SourceStatus(name: "demo", state: .following)], postsPerMinute: 600, totalPosts: 9_876,
      posts: posts(extra: extraPosts), services: services(alerting: Set(alerts.map(\.service))),
      activeAlerts: alerts, serviceOrder: order)
  }

  static let waterAlert = alert(
    1, service: "water", name: "Water supply", minutesAgo: 12, complaints: 134, expected: 4.2)
  static let busAlert = alert(2, service: "buses", name: "Buses", minutesAgo: 3, complaints: 37, expected: 9)

  static func render(_ view: DashboardView, width: Int, height: Int, asciiOnly: Bool = false) -> CellBuffer {
    let buffer = CellBuffer(width: width, height: height, asciiOnly: asciiOnly)
    WallRenderer().render(view: view, on: buffer)
    return buffer
  }
}
