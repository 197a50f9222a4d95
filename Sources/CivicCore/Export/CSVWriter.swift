import Foundation

/// Builds RFC 4180 CSV text that spreadsheets open safely.
///
/// Fields holding a comma, a double quote, CR or LF are quoted, with quotes doubled. Text fields that begin with
/// `=`, `+`, `-`, `@`, tab or CR get a leading apostrophe, so a spreadsheet shows them as text instead of running
/// them as a formula (CSV injection); numeric fields are written as they are.
public struct CSVWriter: Sendable {
  /// "\r\n" as RFC 4180 asks, or "\n".
  public let lineEnding: String
  public private(set) var text = ""

  public init(lineEnding: String = "\r\n") {
    self.lineEnding = lineEnding
  }

  /// Appends one row of text fields (formula-guarded).
  public mutating func row(_ fields: [String]) {
    text += fields.map { Self.field($0) }.joined(separator: ",") + lineEnding
  }

  /// Appends one row whose fields are `.text` (formula-guarded), `.number` or `.verbatim` (written as is).
  public mutating func row(_ fields: [Field]) {
    let encoded = fields.map { field -> String in
      switch field {
      case .text(let value): return Self.field(value)
      case .number(let value), .verbatim(let value): return Self.field(value, guardFormula: false)
      }
    }
    text += encoded.joined(separator: ",") + lineEnding
  }

  public enum Field: Sendable, Hashable {
    case text(String)
    case number(String)
    /// Text for a program rather than a spreadsheet (training data): written as it is, only quoted as needed.
    case verbatim(String)
  }

  /// One field, guarded and quoted as needed.
  public static func field(_ value: String, guardFormula: Bool = true) -> String {
    var value = value
    if guardFormula, let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
      value = "'" + value
    }
    let needsQuotes = value.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
    guard needsQuotes else { return value }
    return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
