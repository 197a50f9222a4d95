/// RFC 4180 parsing of one CSV row, lenient as Python's `csv` module: only a cell whose first character is `"` is
/// quoted (it may hold delimiters, doubled quotes and newlines); a quote anywhere else is a literal character (`says 5"
/// of snow` is one plain cell), and so is anything after a quoted cell's closing quote (`"ab"c` reads `abc`).
enum CSVRow {
  /// The cell delimiters a file may use: `,`, a tab (TSV) and `;` (spreadsheets saved where `,` is the decimal
  /// separator), tried in this order on a header row.
  static let delimiters: [UInt8] = [UInt8(ascii: ","), 0x09, UInt8(ascii: ";")]

  /// Where a scan of a row stands between two of its lines: inside a quoted cell or not, at a cell's start or not.
  struct QuoteState: Equatable {
    var inQuotes = false
    var atCellStart = true
  }

  /// The first of `delimiters` in a row, outside quoted cells (a quoted first cell may hold the others).
  static func firstDelimiter(in bytes: UnsafeBufferPointer<UInt8>) -> UInt8? {
    var inQuotes = false
    var atCellStart = true
    var i = 0
    while i < bytes.count {
      let c = bytes[i]
      i += 1
      if inQuotes {
        if c == UInt8(ascii: "\"") {
          // A doubled quote is a quote in the cell; a single one closes it.
          if i < bytes.count && bytes[i] == c { i += 1 } else { inQuotes = false }
        }
        continue
      }
      if delimiters.contains(c) { return c }
      inQuotes = c == UInt8(ascii: "\"") && atCellStart
      atCellStart = false
    }
    return nil
  }

  /// The cells of one row.
  static func cells(_ bytes: [UInt8], delimiter: UInt8 = UInt8(ascii: ",")) -> [String] {
    var cells: [String] = []
    var cell: [UInt8] = []
    var state = QuoteState()
    var i = 0
    while i < bytes.count {
      let c = bytes[i]
      if state.inQuotes {
        if c == UInt8(ascii: "\"") {
          if i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "\"") {
            cell.append(c)
            i += 1
          } else {
            state.inQuotes = false
          }
        } else {
          cell.append(c)
        }
      } else if c == delimiter {
        cells.append(String(decoding: cell, as: UTF8.self))
        cell.removeAll(keepingCapacity: true)
        state.atCellStart = true
        i += 1
        continue
      } else if c == UInt8(ascii: "\"") && state.atCellStart {
        state.inQuotes = true
      } else {
        cell.append(c)
      }
      state.atCellStart = false
      i += 1
    }
    cells.append(String(decoding: cell, as: UTF8.self))
    return cells
  }

  /// Scans one line of a row (without its newline) from `state`, which it leaves where the line ends. The row is
  /// complete when the line does not end inside a quoted cell; otherwise the row goes on after a newline, which is
  /// part of that cell.
  static func isComplete(
    _ bytes: UnsafeBufferPointer<UInt8>, delimiter: UInt8 = UInt8(ascii: ","), state: inout QuoteState
  ) -> Bool {
    scan(bytes, delimiter, &state)
    if state.inQuotes { return false }
    state = QuoteState()
    return true
  }

  /// True when the whole row (lines joined by newlines) ends inside a quoted cell that never closes.
  static func isUnterminated(_ bytes: [UInt8], delimiter: UInt8 = UInt8(ascii: ",")) -> Bool {
    var state = QuoteState()
    bytes.withUnsafeBufferPointer { scan($0, delimiter, &state) }
    return state.inQuotes
  }

  private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ delimiter: UInt8, _ state: inout QuoteState) {
    var i = 0
    let n = bytes.count
    while i < n {
      let c = bytes[i]
      if state.inQuotes {
        if c == UInt8(ascii: "\"") {
          if i + 1 < n && bytes[i + 1] == UInt8(ascii: "\"") {
            i += 1  // a doubled quote inside the cell
          } else {
            state.inQuotes = false
          }
        }
        state.atCellStart = false
      } else if c == delimiter {
        state.atCellStart = true
      } else {
        if c == UInt8(ascii: "\"") && state.atCellStart { state.inQuotes = true }
        state.atCellStart = false
      }
      i += 1
    }
  }
}
