/// The summary printed by `report` and, every few seconds, by `watch --headless`.
///
/// `json()` follows the schema kept stable for tooling:
/// `{"posts":N,"complaints":N,"malformed":N,"duplicates":N,"first":ISO,"last":ISO,
///   "sources":[{"name":S,"posts":N,"malformed":N,"duplicates":N}],"services":[{"id":S,"name":S,"posts":N,"complaints":N}],
///   "hashtags":[{"tag":S,"count":N}],"alerts":[{"service":S,"start":ISO,"end":ISO,"complaints":N,"expected":X}]}`
/// (`first`, `last` and an active alert's `end` are `null` when unknown).
public struct Report: Sendable, Hashable {
  public struct SourceLine: Sendable, Hashable {
    public var name: String
    public var posts: Int
    public var malformed: Int
    /// Records dropped as repeats of one already seen (a per-source key added after the schema above).
    public var duplicates: Int
    /// Posts whose event time could not be real, counted at their arrival time (text output only).
    public var implausibleTimes: Int
    public init(name: String, posts: Int, malformed: Int, duplicates: Int = 0, implausibleTimes: Int = 0) {
      self.name = name
      self.posts = posts
      self.malformed = malformed
      self.duplicates = duplicates
      self.implausibleTimes = implausibleTimes
    }
  }

  public struct ServiceLine: Sendable, Hashable {
    public var id: String
    public var name: String
    public var posts: Int
    public var complaints: Int
    public init(id: String, name: String, posts: Int, complaints: Int) {
      self.id = id
      self.name = name
      self.posts = posts
      self.complaints = complaints
    }
  }

  public struct TagCount: Sendable, Hashable {
    public var tag: String
    public var count: Int
    public init(tag: String, count: Int) {
      self.tag = tag
      self.count = count
    }
  }

  public var posts = 0
  public var complaints = 0
  public var malformed = 0
  public var duplicates = 0
  /// Records that were well-formed but not posts (stream notices, deletes, other kinds of event). Text output only:
  /// the JSON keeps the issue's schema, whose top-level keys tools rely on.
  public var skipped = 0
  /// Posts whose event time could not be real (before 2000, or more than a day after they arrived): they count at
  /// their arrival time. Text output only, and only when there are any, like `skipped`.
  public var implausibleTimes = 0
  public var first: EpochMillis?
  public var last: EpochMillis?
  public var sources: [SourceLine] = []
  public var services: [ServiceLine] = []
  public var hashtags: [TagCount] = []
  public var alerts: [Alert] = []
  /// Recent decode errors (text output only).
  public var errors: [IngestError] = []

  public init() {}

  /// One line of JSON (no trailing newline).
  public func json() -> String {
    var out = "{\"posts\":\(posts),\"complaints\":\(complaints),\"malformed\":\(malformed)"
    out += ",\"duplicates\":\(duplicates),\"first\":\(Self.time(first)),\"last\":\(Self.time(last))"
    Self.appendArray("sources", sources, to: &out) { source, out in
      out += "\"name\":" + JSONText.string(source.name)
      out += ",\"posts\":\(source.posts),\"malformed\":\(source.malformed),\"duplicates\":\(source.duplicates)"
    }
    Self.appendArray("services", services, to: &out) { service, out in
      out += "\"id\":" + JSONText.string(service.id) + ",\"name\":" + JSONText.string(service.name)
      out += ",\"posts\":\(service.posts),\"complaints\":\(service.complaints)"
    }
    Self.appendArray("hashtags", hashtags, to: &out) { tag, out in
      out += "\"tag\":" + JSONText.string(tag.tag) + ",\"count\":\(tag.count)"
    }
    Self.appendArray("alerts", alerts, to: &out) { alert, out in
      out += "\"service\":" + JSONText.string(alert.service)
      out += ",\"start\":\(Self.time(alert.start)),\"end\":\(Self.time(alert.end))"
      out += ",\"complaints\":\(alert.complaints),\"expected\":\(JSONText.number(Self.rounded(alert.expected)))"
    }
    out += "}"
    return out
  }

  /// An expected count to two decimals (as the alert log writes it): more digits are noise, not information.
  static func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }

  /// Appends `,"name":[{...},{...}]`, `body` writing each object's members.
  private static func appendArray<T>(
    _ name: String, _ items: [T], to out: inout String, _ body: (T, inout String) -> Void
  ) {
    out += ",\"\(name)\":["
    for (i, item) in items.enumerated() {
      out += i == 0 ? "{" : ",{"
      body(item, &out)
      out += "}"
    }
    out += "]"
  }

  /// A readable summary for a terminal: every name and reason from a file (sources, a `--taxonomy` file's
  /// service names, hashtags, errors) with its control characters as visible symbols.
  public func text() -> String {
    var lines: [String] = []
    lines.append("Posts:       \(posts)")
    lines.append("Complaints:  \(complaints)")
    lines.append("Duplicates:  \(duplicates)")
    lines.append("Malformed:   \(malformed)")
    lines.append("Skipped:     \(skipped) (well-formed records that are not posts)")
    if implausibleTimes > 0 {
      lines.append("Bad times:   \(implausibleTimes) (before 2000 or over a day ahead: counted at arrival time)")
    }
    lines.append("First post:  \(first.map(ISOTime.format) ?? "-")")
    lines.append("Last post:   \(last.map(ISOTime.format) ?? "-")")
    if !sources.isEmpty {
      lines.append("")
      lines.append("Sources:")
      for s in sources {
        // A source whose records were all repeats would otherwise read "0 posts, 0 malformed".
        let repeats = s.duplicates > 0 ? ", \(Plural.count(s.duplicates, "duplicate"))" : ""
        let times = s.implausibleTimes > 0 ? ", \(Plural.count(s.implausibleTimes, "bad time"))" : ""
        lines.append(
          "  \(TerminalText.printable(s.name)): \(Plural.count(s.posts, "post")), \(s.malformed) malformed\(repeats)"
            + times)
      }
    }
    if !services.isEmpty {
      lines.append("")
      lines.append("Services:")
      for s in services {
        lines.append(
          "  \(TerminalText.printable(s.name)) (\(s.id)): \(Plural.count(s.posts, "post")), "
            + Plural.count(s.complaints, "complaint"))
      }
    }
    if !hashtags.isEmpty {
      lines.append("")
      lines.append("Top hashtags:")
      for t in hashtags { lines.append("  #\(TerminalText.printable(t.tag)) \(t.count)") }
    }
    if !alerts.isEmpty {
      lines.append("")
      lines.append("Alerts:")
      for a in alerts {
        let end = a.end.map(ISOTime.format) ?? "active"
        lines.append(
          "  \(TerminalText.printable(a.serviceName)): \(Plural.count(a.complaints, "complaint")) (expected \(JSONText.number(Self.rounded(a.expected))))"
            + " \(ISOTime.format(a.start)) to \(end)")
      }
    }
    // A source's own failure (a read error, a .gz cut short) is kept with line 0: it is no record, so it is not
    // listed as one, and its message already names the source.
    let records = errors.filter { $0.line > 0 }
    if !records.isEmpty {
      lines.append("")
      // Every kept record (the engine keeps the last 100), oldest first, so the newest ends the output; the
      // heading says when older ones were counted but not kept.
      let heading =
        malformed > records.count
        ? "Last \(records.count) malformed records (of \(malformed)), oldest first:"
        : "Malformed records, oldest first:"
      lines.append(heading)
      for e in records {
        lines.append("  \(TerminalText.printable(e.source)):\(e.line): \(TerminalText.printable(e.reason))")
      }
    }
    let failures = errors.filter { $0.line <= 0 }
    if !failures.isEmpty {
      lines.append("")
      lines.append("Source errors:")
      for e in failures { lines.append("  \(TerminalText.printable(e.reason))") }
    }
    return lines.joined(separator: "\n")
  }

  private static func time(_ millis: EpochMillis?) -> String {
    guard let millis else { return "null" }
    return "\"\(ISOTime.format(millis))\""
  }
}
