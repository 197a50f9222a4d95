/// Works out which CSV column holds which post field: from the header row's names, from a user's
/// `--csv-columns` spec (names or 1-based indices), or from the Sentiment140 layout of header-less files
/// (`polarity,id,date,query,user,text`).
public enum CSVColumnResolver {
  /// Header names recognised for each field, strongest first, as `normalise` writes them (so "Full Text",
  /// "full-text" and "full_text" are one name), from collectors' and social listening tools' exports.
  static let textNames = [
    "text", "full_text", "tweet", "content", "body", "message", "post", "tweet_text", "tweet_content", "post_text",
    "status_text", "message_text", "snippet",
  ]
  static let authorNames = [
    "user_screen_name", "screen_name", "author.username", "username", "user_handle", "handle", "author", "user",
    "user_name", "user.screen_name", "author_handle", "author_username", "author_name",
  ]
  static let timeNames = [
    "created_at", "timestamp_utc", "timestamp", "date", "time", "datetime", "created", "postedtime", "createdat",
    "date_time", "date_posted", "posted_at", "published_at", "published", "post_date", "created_time",
  ]
  static let idNames = ["id_str", "tweet_id", "id", "uri", "status_id", "post_id", "message_id"]
  static let hashtagNames = ["hashtags", "entities.hashtags", "tags"]
  static let languageNames = ["lang", "language"]
  static let urlNames = ["url", "link", "permalink", "post_url", "tweet_url", "status_url"]

  /// Columns from a header row, or nil when no text column is recognised (the row is then not a header).
  public static func fromHeader(_ header: [String]) -> CSVColumns? {
    let names = header.map(normalise)
    func find(_ candidates: [String]) -> Int? {
      for candidate in candidates { if let index = names.firstIndex(of: candidate) { return index } }
      return nil
    }
    guard let text = find(textNames) else { return nil }
    return CSVColumns(
      text: text, author: find(authorNames), time: find(timeNames), id: find(idNames),
      hashtags: find(hashtagNames), language: find(languageNames), url: find(urlNames), columnCount: names.count)
  }

  /// Whether `row` reads as a header row whose names include no text column: two or more cells, each a column
  /// name (at most four words and 40 characters, a letter or `_` first, then letters, digits and `_ . ( ) # / %`),
  /// and either a name known for another field (`id`, `date`, `username`, ...) among them or `csvFile` (the source's
  /// name ends in `.csv`). A line of text with commas (`Bins not collected, again`) is none outside a `.csv` file.
  static func isHeaderWithoutText(_ row: [String], csvFile: Bool) -> Bool {
    guard row.count >= 2, fromHeader(row) == nil, row.allSatisfy(isColumnName) else { return false }
    let names = row.map(normalise)
    let others = Set(authorNames + timeNames + idNames + hashtagNames + languageNames + urlNames)
    return csvFile || names.contains { others.contains($0) }
  }

  /// Whether the first row of a file read with column numbers (`--csv-columns text=3`) is a header, its cell in
  /// the text column `text` (0-based) being a column name rather than a post: a header known by name
  /// (`fromHeader`), or two or more cells that all read as column names (see `isHeaderWithoutText`) with either a
  /// one-word text cell (`comment`, `review`) or a name known for another field among them (`id`, `date`). A
  /// header-less file's first post is kept unless it is a single word with only name-like cells beside it.
  static func isHeaderOfNumberedColumns(_ row: [String], text: Int) -> Bool {
    if fromHeader(row) != nil { return true }
    guard row.count >= 2, row.indices.contains(text), row.allSatisfy(isColumnName) else { return false }
    let oneWord = !row[text].contains(" ")
    return oneWord || isHeaderWithoutText(row, csvFile: false)
  }

  /// Why each row of a file whose header `isHeaderWithoutText` is malformed, naming the header and the fix.
  static func noTextColumnReason(_ header: [String]) -> String {
    let names = header.prefix(8).joined(separator: ", ") + (header.count > 8 ? ", ..." : "")
    return "CSV header (\(names)) has no text column known by name; give it with --csv-columns text=COLUMN"
  }

  /// A cell a header could hold (see `isHeaderWithoutText`).
  private static func isColumnName(_ cell: String) -> Bool {
    let scalars = normalise(cell).unicodeScalars
    guard let first = scalars.first, scalars.count <= 40, first == "_" || first.properties.isAlphabetic,
      cell.split(separator: " ").count <= 4
    else { return false }
    return scalars.allSatisfy {
      $0.properties.isAlphabetic || ("0"..."9").contains($0) || "_.()#/%".unicodeScalars.contains($0)
    }
  }

  /// Columns of the Sentiment140 layout when `row` has its shape (6 cells: polarity 0/2/4, numeric id, a date).
  public static func fromSentiment140Shape(_ row: [String]) -> CSVColumns? {
    guard row.count == 6, ["0", "2", "4"].contains(row[0]), !row[1].isEmpty,
      row[1].utf8.allSatisfy({ TimestampParser.isDigit($0) }), TimestampParser.parse(row[2]) != nil
    else { return nil }
    return CSVColumns(text: 5, author: 4, time: 2, id: 1, columnCount: 6)
  }

  /// Columns from a user spec. Names are looked up in `header` (nil when the file has none); numbers are
  /// 1-based. Returns nil when the spec names no text column or names a column the header lacks.
  public static func fromSpec(_ spec: CSVColumnSpec, header: [String]?) -> CSVColumns? {
    let names = header?.map(normalise)
    func index(_ field: String) -> Int?? {
      guard let value = spec.fields[field] ?? (field == "language" ? spec.fields["lang"] : nil) else {
        return .some(nil)
      }
      if let number = Int(value), number >= 1 { return .some(number - 1) }
      guard let names, let found = names.firstIndex(of: normalise(value)) else { return nil }
      return .some(found)
    }
    guard let text = index("text"), let text, let author = index("author"), let time = index("time"),
      let id = index("id"), let hashtags = index("hashtags"), let language = index("language"), let url = index("url")
    else { return nil }
    let highest = [text, author, time, id, hashtags, language, url].compactMap { $0 }.max() ?? text
    return CSVColumns(
      text: text, author: author, time: time, id: id, hashtags: hashtags, language: language, url: url,
      columnCount: max(names?.count ?? 0, highest + 1))
  }

  /// The column names of `spec` that `header` lacks (numbers are never missing), in field order.
  static func missingNames(_ spec: CSVColumnSpec, header: [String]) -> [String] {
    let names = Set(header.map(normalise))
    return spec.fields.sorted { $0.key < $1.key }.map(\.value).filter { value in
      Int(value) == nil && !names.contains(normalise(value))
    }
  }

  /// True when every value of the spec is a column number (so the file may have no header).
  static func specIsNumeric(_ spec: CSVColumnSpec) -> Bool {
    spec.fields.values.allSatisfy { Int($0) != nil }
  }

  /// A column name as the name lists write it: without a byte-order mark or surrounding spaces, lower case, and
  /// with the spaces and hyphens between its words as underscores ("Created At", "created-at": `created_at`).
  static func normalise(_ name: String) -> String {
    var trimmed = Substring(name)
    if trimmed.hasPrefix("\u{FEFF}") { trimmed = trimmed.dropFirst() }
    while trimmed.first == " " { trimmed = trimmed.dropFirst() }
    while trimmed.last == " " { trimmed = trimmed.dropLast() }
    return String(trimmed.lowercased().map { $0 == " " || $0 == "-" ? "_" : $0 })
  }
}
