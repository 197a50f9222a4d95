/// A strict RFC 4180 reader for checking what the exporters write, as a spreadsheet would read it.
enum CSVTestReader {
  enum Failure: Error { case stray(String) }

  static func rows(_ text: String) throws -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var characters = Array(text)[...]
    while let character = characters.popFirst() {
      if quoted {
        if character == "\"" {
          if characters.first == "\"" {
            field.append("\"")
            characters.removeFirst()
          } else {
            quoted = false
            guard let next = characters.first, next == "," || next == "\n" || next == "\r\n" || next == "\r" else {
              if characters.isEmpty { continue }
              throw Failure.stray("text after closing quote: \(field)")
            }
          }
        } else {
          field.append(character)
        }
      } else if character == "\"" {
        guard field.isEmpty else { throw Failure.stray("quote inside unquoted field: \(field)") }
        quoted = true
      } else if character == "," {
        row.append(field)
        field = ""
      } else if character == "\n" || character == "\r\n" {
        row.append(field)
        rows.append(row)
        row = []
        field = ""
      } else {
        field.append(character)
      }
    }
    if quoted { throw Failure.stray("unterminated quote") }
    if !field.isEmpty || !row.isEmpty {
      row.append(field)
      rows.append(row)
    }
    return rows
  }
}
