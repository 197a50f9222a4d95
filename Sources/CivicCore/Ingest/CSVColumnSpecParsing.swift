extension CSVColumnSpec {
  /// The fields `--csv-columns` may map.
  public static let knownFields: Set<String> = ["text", "author", "time", "id", "hashtags", "language", "url"]

  /// Parses `text=body,author=3,time=created` (a header name or a 1-based column index per field).
  /// `text` is required; unknown fields, empty values and repeated fields are errors.
  public init(parsing spec: String) throws {
    var fields: [String: String] = [:]
    for part in spec.split(separator: ",", omittingEmptySubsequences: false) {
      let pair = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      guard pair.count == 2 else { throw CSVColumnSpecError("expected field=column, got \"\(part)\"") }
      let field = pair[0].trimmingSpaces().lowercased()
      let column = pair[1].trimmingSpaces()
      guard Self.knownFields.contains(field) else {
        throw CSVColumnSpecError(
          "unknown field \"\(field)\" (known: \(Self.knownFields.sorted().joined(separator: ", ")))")
      }
      guard !column.isEmpty else { throw CSVColumnSpecError("no column given for \(field)") }
      if let index = Int(column), index < 1 {
        throw CSVColumnSpecError("column numbers start at 1 (\(field)=\(column))")
      }
      guard fields[field] == nil else { throw CSVColumnSpecError("\(field) is given twice") }
      fields[field] = column
    }
    guard fields["text"] != nil else { throw CSVColumnSpecError("the text column is required (text=...)") }
    self.init(fields: fields)
  }
}

/// A `--csv-columns` value that cannot be understood.
public struct CSVColumnSpecError: Error, CustomStringConvertible, Sendable {
  public var description: String
  init(_ description: String) { self.description = description }
}

extension Substring {
  fileprivate func trimmingSpaces() -> String {
    String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
  }
}
