/// Posts with given texts for the demo feed (the hidden `watch --demo-inject TEXT` option), so end-to-end tests
/// can show a post with awkward content — control characters, escape sequences — on the dashboard.
public enum DemoInjection {
  /// One complaint about water per text, from `@tester`, arriving at `time`.
  public static func posts(_ texts: [String], at time: EpochMillis) -> [Post] {
    texts.enumerated().map { index, text in
      Post(
        id: "inject-\(index + 1)", platform: .demo, authorHandle: "tester", authorName: "Test", eventTime: time,
        arrivalTime: time, text: text, source: "demo", services: ["water"], complaint: true, complaintScore: 1)
    }
  }
}
