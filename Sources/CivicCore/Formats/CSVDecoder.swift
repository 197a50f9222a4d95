/// Decodes one CSV row into a post using its file's column mapping.
///
/// Cells may hold JSON (a JSON-encoded text string, or a JSON array of hashtags) or `|`-joined lists; times may
/// be epoch floats or any form `TimestampParser` knows; HTML character references in the text are decoded.
enum CSVDecoder {
  static func decode(_ record: Record, columns: CSVColumns, _ context: DecodeContext) -> DecodeResult {
    let bytes = record.bytes
    guard String(validating: bytes, as: UTF8.self) != nil else { return .malformed(reason: "invalid UTF-8") }
    guard !CSVRow.isUnterminated(bytes) else {
      return .malformed(reason: "unterminated quoted CSV cell")
    }
    let cells = CSVRow.cells(bytes)
    guard columns.text < cells.count else {
      return .malformed(reason: "CSV row has \(cells.count) columns, expected \(columns.columnCount)")
    }
    func cell(_ index: Int?) -> String? {
      guard let index, index < cells.count, !cells[index].isEmpty else { return nil }
      return cells[index]
    }
    let text = HTMLEntities.decode(jsonStringCell(cells[columns.text]))
    if text.isEmpty { return .skipped(reason: "CSV row with an empty text cell") }
    let id = cell(columns.id) ?? context.fallbackID
    let tags = cell(columns.hashtags).map(hashtagList)
    return .posts([
      Post(
        id: id, platform: .csv, authorHandle: cell(columns.author).map(stripAt) ?? "",
        eventTime: cell(columns.time).flatMap(TimestampParser.parse), arrivalTime: context.arrivalTime, text: text,
        hashtags: DecodeContext.hashtags(tags, text: text), language: cell(columns.language), url: cell(columns.url),
        source: context.sourceName)
    ])
  }

  /// A cell holding a JSON string literal (twarc-csv writes text that way) is unescaped; others are kept.
  static func jsonStringCell(_ cell: String) -> String {
    guard cell.count >= 2, cell.first == "\"", cell.last == "\"" else { return cell }
    let decoded = try? JSONScanner.withRoot(Array(cell.utf8)) { $0.string }.get()
    return (decoded ?? nil) ?? cell
  }

  /// Hashtags from a `|`-joined list, or a JSON array of strings or of `{"tag"|"text": ...}` objects.
  static func hashtagList(_ cell: String) -> [String] {
    if cell.first == "[" {
      let parsed = try? JSONScanner.withRoot(Array(cell.utf8)) { root -> [String] in
        root.elements.compactMap { element in
          (element.string ?? element["tag"]?.string ?? element["text"]?.string).map(HashtagExtractor.stripHash)
        }
      }.get()
      if let parsed { return parsed }
    }
    return cell.split(separator: "|").map { HashtagExtractor.stripHash(String($0)) }.filter { !$0.isEmpty }
  }

  static func stripAt(_ handle: String) -> String {
    handle.hasPrefix("@") ? String(handle.dropFirst()) : handle
  }
}
