import Foundation

/// Writes a list of posts (the Posts pane's filtered view, `e`) to a CSV or JSON file and returns its path.
public enum PostExporter {
  /// CSV columns, in order.
  /// `created_at` (not `time_utc`, the triage log's name): the header every CSV reader here knows, so `report`,
  /// `classify` and `watch` read an exported file back with the posts' own times.
  public static let csvHeader = [
    "created_at", "platform", "author", "service", "services", "complaint", "score", "state", "team", "text", "url",
    "post_id", "hashtags",
  ]

  /// Writes `posts` into a new file `civicpulse-posts-YYYYMMDD-HHMMSS.<ext>` in `directory` (never overwriting:
  /// "-2", "-3"... are added when the name is taken) and returns the file's path.
  public static func write(
    _ posts: [Post], states: [String: TriageState], format: ExportFormat, directory: String, now: EpochMillis
  ) throws(ExportError) -> String {
    let stamp = TimeSpec.spreadsheetTime(now).filter { $0.isNumber || $0 == " " }.replacingOccurrences(
      of: " ", with: "-")
    let base = (directory as NSString).appendingPathComponent("civicpulse-posts-\(stamp)")
    let text = render(posts, states: states, format: format)
    var lastError = ExportError(path: base, reason: "no free file name")
    for attempt in 1...100 {
      let path = base + (attempt == 1 ? "" : "-\(attempt)") + "." + format.fileExtension
      do {
        try ExportFile.write(text, to: path, overwrite: false)
        return path
      } catch let error where error.reason == ExportFile.existsReason {
        lastError = error
        continue
      }
    }
    throw lastError
  }

  public static func render(_ posts: [Post], states: [String: TriageState], format: ExportFormat) -> String {
    switch format {
    case .csv:
      var writer = CSVWriter()
      writer.row(csvHeader)
      for post in posts {
        let state = states[post.id]
        writer.row([
          .number(TimeSpec.spreadsheetTime(post.time)), .text(post.platform.rawValue), .text(post.authorHandle),
          .text(post.primaryService ?? ""), .text(post.services.joined(separator: ";")),
          .number(post.complaint ? "1" : "0"), .number(String(format: "%.3f", post.complaintScore)),
          .text((state?.status ?? .open).rawValue), .text(state?.team ?? ""), .text(post.text),
          .text(post.url ?? ""), .text(post.id), .text(post.hashtags.joined(separator: ";")),
        ])
      }
      return writer.text
    case .json:
      return JSONEncoding.encode(
        posts.map { post in
          let state = states[post.id]
          return PostRow(
            id: post.id, platform: post.platform.rawValue, author: post.authorHandle, text: post.text,
            time: TimeSpec.iso8601(post.time), services: post.services, complaint: post.complaint,
            score: post.complaintScore, why: post.why, hashtags: post.hashtags, url: post.url,
            state: (state?.status ?? .open).rawValue, team: state?.team, notes: state?.notes ?? [])
        })
    }
  }

  private struct PostRow: Encodable {
    var id: String
    var platform: String
    var author: String
    var text: String
    var time: String
    var services: [String]
    var complaint: Bool
    var score: Double
    var why: [String]
    var hashtags: [String]
    var url: String?
    var state: String
    var team: String?
    var notes: [String]
  }
}
