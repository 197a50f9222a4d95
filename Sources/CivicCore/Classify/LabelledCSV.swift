/// A small, strict CSV reader for labelled training and evaluation files (RFC 4180: comma-separated, cells may
/// be quoted with `"`, a quote inside a quoted cell is doubled, quoted cells may hold commas and newlines;
/// CRLF or LF line ends; a UTF-8 byte order mark is skipped). It reads a whole file in memory: these files are
/// small. The live ingest path has its own streaming framer.
public enum LabelledCSV {
  /// One parsed row and the 1-based line it starts on.
  public struct Row: Sendable, Equatable {
    public var line: Int
    public var cells: [String]
  }

  /// A row the reader could not use.
  public struct BadRow: Sendable, Equatable {
    public var line: Int
    public var reason: String
  }

  /// How to treat the first row.
  public enum Header: Sendable {
    /// The first row is a header.
    case present
    /// There is no header.
    case absent
    /// The first row is a header when its label cell is not a label.
    case detect
  }

  /// How label cells are read.
  public enum LabelRule: Sendable, Equatable {
    /// 1/0, yes/no, true/false, y/n (any case).
    case binary
    /// The label is this value (any case) for complaints and anything else otherwise.
    case positive(String)

    func parse(_ cell: String) -> Bool? {
      let value = cell.trimmingASCIIWhitespace().lowercased()
      switch self {
      case .positive(let positive):
        return value == positive.lowercased()
      case .binary:
        switch value {
        case "1", "yes", "true", "y", "1.0": return true
        case "0", "no", "false", "n", "0.0": return false
        default: return nil
        }
      }
    }
  }

  /// The examples of a labelled file and the rows that were refused.
  public struct Examples: Sendable {
    public var examples: [LabelledText]
    public var bad: [BadRow]
    public var headerSkipped: Bool
  }

  /// Splits CSV bytes into rows. A quote left open at the end of the input is reported as a bad row.
  public static func rows(_ bytes: [UInt8]) -> (rows: [Row], bad: [BadRow]) {
    var rows: [Row] = []
    var bad: [BadRow] = []
    var cells: [String] = []
    var cell: [UInt8] = []
    var line = 1
    var rowLine = 1
    var inQuotes = false
    var quotedCell = false
    var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    func endCell() {
      cells.append(String(decoding: cell, as: UTF8.self))
      cell.removeAll(keepingCapacity: true)
      quotedCell = false
    }
    func endRow() {
      endCell()
      if !(cells.count == 1 && cells[0].isEmpty) { rows.append(Row(line: rowLine, cells: cells)) }
      cells.removeAll(keepingCapacity: true)
    }
    while i < bytes.count {
      let byte = bytes[i]
      if inQuotes {
        if byte == 0x22 {
          if i + 1 < bytes.count, bytes[i + 1] == 0x22 {
            cell.append(0x22)
            i += 2
            continue
          }
          inQuotes = false
        } else {
          if byte == 0x0A { line += 1 }
          cell.append(byte)
        }
        i += 1
        continue
      }
      switch byte {
      case 0x22 where cell.isEmpty && !quotedCell:
        inQuotes = true
        quotedCell = true
      case 0x2C:
        endCell()
      case 0x0D where i + 1 < bytes.count && bytes[i + 1] == 0x0A:
        break
      case 0x0A:
        endRow()
        line += 1
        rowLine = line
      default:
        cell.append(byte)
      }
      i += 1
    }
    if inQuotes {
      bad.append(BadRow(line: rowLine, reason: "a quoted cell is not closed before the end of the file"))
    } else if !cell.isEmpty || !cells.isEmpty || quotedCell {
      endRow()
    }
    return (rows, bad)
  }

  /// Reads labelled examples. Columns are 0-based. Rows with too few cells, an empty text or a label that is
  /// not a label are counted in `bad` with their line.
  public static func examples(
    _ bytes: [UInt8], textColumn: Int, labelColumn: Int, header: Header = .detect, labels: LabelRule = .binary
  ) -> Examples {
    let parsed = rows(bytes)
    var examples: [LabelledText] = []
    var bad = parsed.bad
    var headerSkipped = false
    for (index, row) in parsed.rows.enumerated() {
      if index == 0 {
        switch header {
        case .present:
          headerSkipped = true
          continue
        case .detect:
          if labels == .binary, row.cells.count > labelColumn, labels.parse(row.cells[labelColumn]) == nil {
            headerSkipped = true
            continue
          }
        case .absent:
          break
        }
      }
      guard row.cells.count > max(textColumn, labelColumn) else {
        let missing = labelColumn >= row.cells.count ? (labelColumn, "label") : (textColumn, "text")
        bad.append(
          BadRow(
            line: row.line,
            reason: "has \(Plural.count(row.cells.count, "cell")), no column \(missing.0 + 1) (the \(missing.1))"))
        continue
      }
      let text = row.cells[textColumn]
      guard !text.trimmingASCIIWhitespace().isEmpty else {
        bad.append(BadRow(line: row.line, reason: "empty text"))
        continue
      }
      guard let label = labels.parse(row.cells[labelColumn]) else {
        bad.append(
          BadRow(
            line: row.line,
            reason: "label '\(Self.shown(row.cells[labelColumn]))' is not 0/1, yes/no or true/false"))
        continue
      }
      examples.append(LabelledText(text: text, complaint: label))
    }
    bad.sort { $0.line < $1.line }
    return Examples(examples: examples, bad: bad, headerSkipped: headerSkipped)
  }

  /// A cell as quoted in a message: its first 20 characters, printable.
  static func shown(_ cell: String) -> String { TerminalText.printable(String(cell.prefix(20))) }
}

extension String {
  fileprivate func trimmingASCIIWhitespace() -> String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !($0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n") }) else {
      return ""
    }
    let last = scalars.lastIndex(where: { !($0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n") }) ?? first
    return String(scalars[first...last])
  }
}
