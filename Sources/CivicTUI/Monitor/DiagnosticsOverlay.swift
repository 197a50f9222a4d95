import CivicCore

/// The diagnostics view (`d`): per-source state and counts of posts, malformed records and (when any) duplicates and
/// well-formed records that are not posts, the `--on-alert` command's runs and last failure, then the newest
/// records that could not be decoded (source, line, reason), newest first.
public struct DiagnosticsOverlay {
  public init() {}

  public func lines(_ report: DiagnosticsReport) -> [String] {
    var lines = report.sources.enumerated().map { index, source in
      // Repeats and non-post records are named when there are any: a source whose posts all came first through
      // another read "0 posts, 0 malformed", as if nothing had arrived.
      var line = "\(source.name): \(Self.state(of: source, at: index, in: report))"
      line += "\(Formatting.count(source.posts, "post")), \(Formatting.count(source.malformed)) malformed"
      if source.duplicates > 0 { line += ", " + Formatting.count(source.duplicates, "duplicate") }
      if source.skipped > 0 { line += ", \(Formatting.count(source.skipped)) skipped (not posts)" }
      if source.implausibleTimes > 0 {
        line += ", " + Formatting.count(source.implausibleTimes, "bad time") + " (counted at arrival)"
      }
      return line
    }
    if report.sources.isEmpty { lines.append("no ingest sources (demo feed only)") }
    if report.rejectedClients > 0 {
      // Counted by the engine but shown nowhere: a collector refused this way loses its posts without a word.
      lines.append(
        "socket: \(Formatting.count(report.rejectedClients, "connection")) refused unread (too many clients at once)")
    }
    if let command = report.alertCommand {
      lines.append("")
      lines += command.lines
    }
    lines.append("")
    if report.errors.isEmpty {
      lines.append("no malformed records")
    } else {
      lines.append("last \(Plural.count(report.errors.count, "malformed record")), newest first:")
      for error in report.errors.reversed() {
        let place = error.line > 0 ? "\(error.source):\(error.line)" : error.source
        lines.append(place + ": " + error.reason)
      }
    }
    return lines
  }

  /// "following, ", "listening (2 clients), " or "waiting for FILE to appear, ": the source's state, when the
  /// report has it.
  static func state(of source: SourceCounts, at index: Int, in report: DiagnosticsReport) -> String {
    guard report.statuses.indices.contains(index), report.statuses[index].name == source.name else { return "" }
    let status = report.statuses[index]
    let state = status.state.rawValue
    // A detail that starts with the state ("waiting for FILE to appear") says it alone.
    guard let detail = status.detail, !detail.isEmpty else { return state + ", " }
    return (detail.hasPrefix(state) ? detail : "\(state) (\(detail))") + ", "
  }

  public func draw(_ report: DiagnosticsReport, top: Int, context: RenderContext) -> Int {
    OverlayBox(
      title: "Diagnostics", header: [],
      lines: Self.wrapped(lines(report), width: context.screen.size.width - 4, asciiOnly: context.asciiOnly),
      footer: "j/k g/G scroll  Esc/q/d close"
    ).draw(top: top, context: context)
  }

  /// Lines longer than the box can be (the screen less its frame) go on under themselves, indented by two
  /// cells, so the end of a reason ("unterminated string") is not cut off at 80 columns.
  static func wrapped(_ lines: [String], width: Int, asciiOnly: Bool = false) -> [String] {
    guard width > 8 else { return lines }
    return lines.flatMap { line -> [String] in
      guard DisplayWidth.width(of: line, asciiOnly: asciiOnly) > width else { return [line] }
      let first = TextWrap.lines(line, width: width, asciiOnly: asciiOnly)
      guard first.count > 1 else { return first }
      let rest = first.dropFirst().joined(separator: " ")
      return [first[0]] + TextWrap.lines(rest, width: width - 2, asciiOnly: asciiOnly).map { "  " + $0 }
    }
  }
}
