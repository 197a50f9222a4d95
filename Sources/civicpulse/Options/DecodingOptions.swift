import ArgumentParser
import CivicCore

/// Options that shape how records are framed and decoded, shared by every command that reads posts.
struct DecodingOptions: ParsableArguments {
  @Option(
    name: .customLong("csv-columns"),
    help: ArgumentHelp(
      "Map CSV columns by header name or 1-based number, e.g. text=body,author=user,time=created,id=3.",
      discussion: "Fields: text (required), author, time, id, hashtags, language, url. Also covers files with"
        + " no header row (use numbers).",
      valueName: "field=column,..."))
  var csvColumns: String?

  @Option(
    name: .customLong("max-record-bytes"),
    help: ArgumentHelp(
      "Longest record accepted; longer ones are skipped and counted as malformed.",
      discussion:
        "A larger top-level JSON array, or a larger page ({\"statuses\": [...]}, {\"feed\": [...]}, ...), is read as its elements, each bounded on its own."
    ))
  var maxRecordBytes: Int = 1 << 20

  @Flag(
    name: .customLong("json-only"),
    help: ArgumentHelp(
      "Only JSON records are posts; a line of plain text or a CSV row is counted as malformed.",
      discussion: "For collectors' JSON output, where such a line is an error page or a log message, not a post."))
  var jsonOnly = false

  mutating func validate() throws {
    guard maxRecordBytes >= 64 else { throw ValidationError("--max-record-bytes must be at least 64") }
    if jsonOnly && csvColumns != nil { throw ValidationError("--json-only and --csv-columns cannot be used together") }
    if let csvColumns {
      do { _ = try CSVColumnSpec(parsing: csvColumns) } catch { throw ValidationError("--csv-columns: \(error)") }
    }
  }

  func decoderOptions() throws -> DecoderOptions {
    DecoderOptions(
      maxRecordBytes: maxRecordBytes, csvColumns: try csvColumns.map { try CSVColumnSpec(parsing: $0) },
      jsonOnly: jsonOnly)
  }
}
