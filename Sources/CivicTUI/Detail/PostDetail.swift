import CivicCore

/// The detail view's content for one post, as lines wrapped to a width: the full text, who and when, where it
/// came from, every service it was routed to, the complaint score and the terms behind it, its triage state and
/// history. A pure function of its inputs, so tests read it without a terminal.
public struct PostDetail {
  public struct Line: Sendable, Hashable {
    public var text: String
    public var role: ThemeRole

    public init(_ text: String, _ role: ThemeRole = .text) {
      self.text = text
      self.role = role
    }
  }

  public var post: Post
  public var state: TriageState?
  public var history: [TriageMark]
  /// Service names by id (ids without a name are shown as they are).
  public var serviceNames: [String: String]
  /// The router's evidence per service (terms and score), when the dashboard has a router to ask.
  public var matches: [ServiceMatch]
  /// The time now: marks made on another day show their date (the shared log outlives a day; nil: time only).
  public var now: EpochMillis?

  public init(
    post: Post, state: TriageState?, history: [TriageMark], serviceNames: [String: String] = [:],
    matches: [ServiceMatch] = [], now: EpochMillis? = nil
  ) {
    self.post = post
    self.state = state
    self.history = history
    self.serviceNames = serviceNames
    self.matches = matches
    self.now = now
  }

  public func lines(width: Int, asciiOnly: Bool = false) -> [Line] {
    var lines: [Line] = []
    func add(_ text: String, _ role: ThemeRole = .text) {
      for part in TextWrap.lines(text, width: max(1, width), asciiOnly: asciiOnly) { lines.append(Line(part, role)) }
    }
    // "Label:      value", the value wrapped under itself.
    func field(_ label: String, _ value: String, _ role: ThemeRole = .text, indent: Int = Self.labelWidth) {
      let head = label.isEmpty ? "" : label + ":"
      let pad = max(indent, head.count + 1)
      let first = head + String(repeating: " ", count: pad - head.count)
      let parts = TextWrap.lines(value, width: max(1, width - pad), asciiOnly: asciiOnly)
      for (i, part) in parts.enumerated() {
        lines.append(Line((i == 0 ? first : String(repeating: " ", count: pad)) + part, role))
      }
    }
    add(Self.author(post), .title)
    // The UTC time, and the local clock before it only when it reads differently.
    let utc = TimeSpec.spreadsheetTime(post.time) + " UTC"
    let local = Formatting.clock(post.time)
    let when = utc.hasSuffix(local + " UTC") ? utc : "\(local) local  \(utc)"
    add("\(when)  on \(post.platform.rawValue)  (\(post.kind.rawValue)\(post.isEdit ? ", edited" : ""))", .dim)
    lines.append(Line(""))
    add(post.text)
    lines.append(Line(""))
    field("Link", post.url ?? "none")
    let tags = post.hashtags.map { "#" + $0 }.joined(separator: " ")
    field("Hashtags", tags.isEmpty ? "none" : tags)
    if post.services.isEmpty {
      field("Services", "none matched")
    } else {
      for (i, id) in post.services.enumerated() {
        let match = matches.first { $0.serviceID == id }
        let name = (serviceNames[id] ?? match?.serviceName).map { "\($0) (\(id))" } ?? id
        var why = i == 0 ? "primary: routed here" : "also matched"
        if let match, !match.terms.isEmpty {
          let terms = match.terms.prefix(8).map { "\u{201C}\($0)\u{201D}" }.joined(separator: ", ")
          why += " by " + terms + " (score \(Self.score(match.score)))"
        }
        field(i == 0 ? "Services" : "", "\(name), " + why)
      }
    }
    let verdict = post.complaint ? "complaint" : "not a complaint"
    field(
      "Complaint", "\(verdict), score \(Self.score(post.complaintScore))", post.complaint ? .complaint : .notComplaint)
    let why = post.why.prefix(8).map { "\u{201C}\($0)\u{201D}" }.joined(separator: ", ")
    field("Top terms", why.isEmpty ? "none recorded" : why)
    if !post.source.isEmpty { field("Source", post.source, .dim) }
    lines.append(Line(""))
    field("Triage", state?.summary ?? "no marks", .title)
    for note in state?.notes ?? [] { field("Note", note) }
    if history.isEmpty {
      field("History", "none")
    } else {
      add("History:")
      for mark in history { field("", Self.describe(mark, now: now), .dim, indent: 2) }
    }
    return lines
  }

  static let labelWidth = 12

  /// "@dan (Dan Smith)"; a post whose format gave no handle (a Twitter v2 tweet without its user expansion, a
  /// plain-text line) reads "unknown author" instead of a bare "@".
  static func author(_ post: Post) -> String {
    let name = post.authorName.flatMap { $0.isEmpty ? nil : $0 }
    guard !post.authorHandle.isEmpty else { return name.map { "\($0) (no handle)" } ?? "unknown author" }
    return "@\(post.authorHandle)" + (name.map { " (\($0))" } ?? "")
  }

  /// "14:03:22 amy handled", "14:05:00 amy escalated to Highways", "14:06:10 amy undo (cancels #12)"; a mark
  /// from another day than `now` starts with its date ("2026-11-26 14:03:22 amy handled").
  public static func describe(_ mark: TriageMark, now: EpochMillis? = nil) -> String {
    let day = Formatting.day(mark.createdAt)
    let when = (now.map { Formatting.day($0) != day } ?? false ? day + " " : "") + Formatting.clock(mark.createdAt)
    var text = "\(when) #\(mark.id) \(mark.officer) \(mark.action.label)"
    if mark.action == .escalated, let team = mark.team, !team.isEmpty { text += " to \(team)" }
    if let note = mark.note, !note.isEmpty { text += ": \(note)" }
    if let undoes = mark.undoes { text += " (cancels #\(undoes))" }
    return text
  }

  static func score(_ value: Double) -> String {
    guard value.isFinite else { return "-" }
    let hundredths = Int((value * 100).rounded())
    let fraction = abs(hundredths % 100)
    return "\(hundredths < 0 ? "-" : "")\(abs(hundredths) / 100).\(fraction < 10 ? "0" : "")\(fraction)"
  }
}
