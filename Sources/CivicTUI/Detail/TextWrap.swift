/// Wraps text into lines of at most a number of terminal cells, measured per grapheme as the screen draws them:
/// breaks at spaces, cuts words longer than a line, keeps the text's own line breaks.
public enum TextWrap {
  public static func lines(_ text: String, width: Int, asciiOnly: Bool = false) -> [String] {
    guard width > 0 else { return [] }
    var result: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var line = ""
      var lineWidth = 0
      for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
        var piece = String(word)
        var pieceWidth = DisplayWidth.width(of: piece, asciiOnly: asciiOnly)
        if lineWidth > 0, lineWidth + 1 + pieceWidth <= width {
          line += " " + piece
          lineWidth += 1 + pieceWidth
          continue
        }
        if lineWidth > 0 {
          result.append(line)
          line = ""
          lineWidth = 0
        }
        // A word longer than the line is cut into line-sized parts.
        while pieceWidth > width {
          var part = ""
          var partWidth = 0
          var rest = piece[...]
          while let character = rest.first {
            let w = DisplayWidth.width(of: String(character), asciiOnly: asciiOnly)
            // A character wider than the whole line still goes on a line of its own.
            if partWidth + w > width, !part.isEmpty { break }
            part.append(character)
            partWidth += w
            rest = rest.dropFirst()
          }
          result.append(part)
          piece = String(rest)
          pieceWidth = DisplayWidth.width(of: piece, asciiOnly: asciiOnly)
        }
        line = piece
        lineWidth = pieceWidth
      }
      result.append(line)
    }
    return result
  }
}
