import Foundation

/// The triage log as a report for managers: one row per mark with the stored copy of its post.
public enum TriageLogExporter {
  /// CSV columns, in order.
  public static let csvHeader = [
    "time_utc", "officer", "action", "team", "note", "post_id", "author", "service", "text", "platform",
    "post_time_utc", "complaint_score", "url", "mark_id", "undoes",
  ]

  public static func render(_ entries: [TriageLogEntry], format: ExportFormat) -> String {
    switch format {
    case .csv: return csv(entries)
    case .json: return json(entries)
    }
  }

  public static func csv(_ entries: [TriageLogEntry]) -> String {
    var writer = CSVWriter()
    writer.row(csvHeader)
    for entry in entries {
      let mark = entry.mark
      let post = entry.post
      writer.row([
        .number(TimeSpec.spreadsheetTime(mark.createdAt)), .text(mark.officer), .text(mark.action.rawValue),
        .text(mark.team ?? ""), .text(mark.note ?? ""), .text(mark.postID), .text(post?.author ?? ""),
        .text(post?.service ?? ""), .text(post?.text ?? ""), .text(post?.platform ?? ""),
        .number(post.map { TimeSpec.spreadsheetTime($0.eventTime) } ?? ""),
        .number(post.map { String(format: "%.3f", $0.score) } ?? ""), .text(post?.url ?? ""),
        .number(String(mark.id)), .number(mark.undoes.map(String.init) ?? ""),
      ])
    }
    return writer.text
  }

  public static func json(_ entries: [TriageLogEntry]) -> String {
    let rows = entries.map { entry in
      LogRow(
        id: entry.mark.id, time: TimeSpec.iso8601(entry.mark.createdAt), timeMillis: entry.mark.createdAt,
        officer: entry.mark.officer, action: entry.mark.action.rawValue, team: entry.mark.team,
        note: entry.mark.note, undoes: entry.mark.undoes, postID: entry.mark.postID,
        post: entry.post)
    }
    return JSONEncoding.encode(rows)
  }

  private struct LogRow: Encodable {
    var id: Int64
    var time: String
    var timeMillis: EpochMillis
    var officer: String
    var action: String
    var team: String?
    var note: String?
    var undoes: Int64?
    var postID: String
    var post: TriagedPost?

    enum CodingKeys: String, CodingKey {
      case id, time, officer, action, team, note, undoes, post
      case timeMillis = "time_ms"
      case postID = "post_id"
    }
  }
}
