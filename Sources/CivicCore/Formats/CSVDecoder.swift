/// Decodes one CSV row into a post using its file's column mapping.
///
/// Cells may hold JSON (a JSON-encoded text string, or a JSON array of hashtags) or `|`- or `;`-joined lists;
/// times may be epoch floats or any form `TimestampParser` knows; HTML character references in the text are
/// decoded, and a spreadsheet formula guard's apostrophe is dropped (the Posts export reads back as written).
enum CSVDecoder {
  static func decode(_ record: Record, columns: CSVColumns, _ context: DecodeContext) -> DecodeResult {
    let bytes = record.bytes
    guard String(validating: bytes, as: UTF8.self) != nil else { return .malformed(reason: "invalid UTF-8") }
    guard !CSVRow.isUnterminated(bytes, delimiter: columns.delimiter) else {
      return .malformed(reason: "unterminated quoted CSV cell")
    }
    let cells = CSVRow.cells(bytes, delimiter: columns.delimiter)
    guard columns.text < cells.count else {
      return .malformed(reason: "CSV row has \(cells.count) columns, expected \(columns.columnCount)")
    }
    func cell(_ index: Int?) -> String? {
      guard let index, index < cells.count, !cells[index].isEmpty else { return nil }
      return cells[index]
    }
    let text = HTMLEntities.decode(jsonStringCell(withoutFormulaGuard(cells[columns.text])))
    if text.isEmpty { return .skipped(reason: "CSV row with an empty text cell") }
    let id = cell(columns.id) ?? context.fallbackID
    let tags = cell(columns.hashtags).map(hashtagList)
    return .posts([
      Post(
        id: id, platform: .csv, authorHandle: cell(columns.author).map(stripAt) ?? "",
        eventTime: cell(columns.time).flatMap(TimestampParser.parse), arrivalTime: context.arrivalTime, text: text,
        hashtags: DecodeContext.hashtags(tags, text: text), language: cell(columns.language), url: cell(columns.url),
        kind: DecodeContext.kind(ofText: text), source: context.sourceName)
    ])
  }

  /// A cell holding a JSON string literal with at least one escape (twarc-csv's `--json-encode-text` writes text
  /// that way, `\n` and `\u2019` in it) is unescaped; others are kept. A text wholly in quotes (`"bins"`, written
  /// `"""bins"""` in the file, as our Posts export writes it) keeps them: without an escape nothing tells it from a
  /// JSON literal, and a post that is a quotation is more common than one encoded with nothing to escape.
  static func jsonStringCell(_ cell: String) -> String {
    guard cell.count >= 2, cell.first == "\"", cell.last == "\"", cell.contains("\\") else { return cell }
    let decoded = try? JSONScanner.withRoot(Array(cell.utf8)) { $0.string }.get()
    return (decoded ?? nil) ?? cell
  }

  /// The cell without the apostrophe a spreadsheet-safe export (ours, `CSVWriter`, and others following OWASP's
  /// advice) puts before a leading `=`, `+`, `-`, `@`, tab or CR; any other leading apostrophe is text (`'Tis`).
  static func withoutFormulaGuard(_ cell: String) -> String {
    let scalars = cell.unicodeScalars
    guard scalars.first == "'", let next = scalars.dropFirst().first, "=+-@\t\r".unicodeScalars.contains(next) else {
      return cell
    }
    return String(scalars.dropFirst())
  }

  /// Hashtags from a `|`- or `;`-joined list (`;` is how the Posts export joins them), or a JSON array of strings
  /// or of `{"tag"|"text": ...}` objects.
  static func hashtagList(_ cell: String) -> [String] {
    if cell.first == "[" {
      let parsed = try? JSONScanner.withRoot(Array(cell.utf8)) { root -> [String] in
        root.elements.compactMap { element in
          (element.string ?? element["tag"]?.string ?? element["text"]?.string).map(HashtagExtractor.stripHash)
        }
      }.get()
      if let parsed { return parsed }
    }
    let names = cell.split(whereSeparator: { $0 == "|" || $0 == ";" })
    return names.map { HashtagExtractor.stripHash(String($0)) }.filter { !$0.isEmpty }
  }

  static func stripAt(_ handle: String) -> String {
    handle.hasPrefix("@") ? String(handle.dropFirst()) : handle
  }
}
