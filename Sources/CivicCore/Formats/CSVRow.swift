/// RFC 4180 parsing of one CSV row (quoted cells may hold commas, doubled quotes and newlines).
enum CSVRow {
  /// The cells of one row.
  static func cells(_ bytes: [UInt8]) -> [String] {
    var cells: [String] = []
    var cell: [UInt8] = []
    var quoted = false
    var i = 0
    while i < bytes.count {
      let c = bytes[i]
      if quoted {
        if c == UInt8(ascii: "\"") {
          if i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "\"") {
            cell.append(c)
            i += 1
          } else {
            quoted = false
          }
        } else {
          cell.append(c)
        }
      } else if c == UInt8(ascii: ",") {
        cells.append(String(decoding: cell, as: UTF8.self))
        cell.removeAll(keepingCapacity: true)
      } else if c == UInt8(ascii: "\"") && cell.isEmpty {
        quoted = true
      } else {
        cell.append(c)
      }
      i += 1
    }
    cells.append(String(decoding: cell, as: UTF8.self))
    return cells
  }

  /// True when the row's quotes are balanced (a row with an odd number of quotes continues on the next line).
  static func isComplete(_ bytes: UnsafeBufferPointer<UInt8>, quotesSoFar: inout Int) -> Bool {
    for c in bytes where c == UInt8(ascii: "\"") { quotesSoFar += 1 }
    return quotesSoFar % 2 == 0
  }
}
