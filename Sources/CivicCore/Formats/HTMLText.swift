/// Turns the HTML of a Mastodon status (`content`) into plain text.
///
/// Tags are dropped (so Mastodon's `<span class="invisible">` URL parts join into the full URL), `<br>` becomes a
/// newline, paragraphs are separated by a blank line, a `<pre>` block (a code block, which Mastodon keeps) keeps
/// its lines, character references are decoded, and surrounding whitespace is trimmed. Works on UTF-8 bytes; the
/// result is never longer than the input.
public enum HTMLText {
  public static func plainText(_ html: String) -> String {
    var copy = html
    return copy.withUTF8 { plainText($0) }
  }

  public static func plainText(_ html: UnsafeBufferPointer<UInt8>) -> String {
    guard let p = html.baseAddress, html.count > 0 else { return "" }
    let n = html.count
    return String(unsafeUninitializedCapacity: n) { out in
      guard let o = out.baseAddress else { return 0 }
      var written = 0
      var pendingBreak = 0  // newlines owed before the next visible text
      var inPre = false  // inside <pre>, where source newlines are line breaks
      var i = 0
      @inline(__always) func flushBreaks() {
        if written > 0 {
          for _ in 0..<pendingBreak {
            o[written] = 0x0A
            written += 1
          }
        }
        pendingBreak = 0
      }
      @inline(__always) func emit(_ byte: UInt8) {
        flushBreaks()
        o[written] = byte
        written += 1
      }
      while i < n {
        let c = p[i]
        if c == UInt8(ascii: "<") {
          if i + 3 < n && p[i + 1] == UInt8(ascii: "!") && p[i + 2] == UInt8(ascii: "-")
            && p[i + 3] == UInt8(ascii: "-")
          {
            i = commentEnd(p, from: i + 4, count: n)  // a comment, '>' inside it included, is no text
            continue
          }
          var j = i + 1
          let closing = j < n && p[j] == UInt8(ascii: "/")
          if closing { j += 1 }
          var name: UInt32 = 0
          var nameLength = 0
          while j < n && TimestampParser.isLetter(p[j]) || (nameLength > 0 && j < n && TimestampParser.isDigit(p[j])) {
            if nameLength < 4 { name = name << 8 | UInt32(p[j] | 0x20) }
            nameLength += 1
            j += 1
          }
          guard nameLength > 0 || closing || (j < n && (p[j] == UInt8(ascii: "!") || p[j] == UInt8(ascii: "?")))
          else {
            emit(c)  // a lone '<' in text
            i += 1
            continue
          }
          // Skip to the end of the tag, honouring quoted attribute values.
          var quote: UInt8 = 0
          while j < n {
            let d = p[j]
            if quote != 0 {
              if d == quote { quote = 0 }
            } else if d == UInt8(ascii: "\"") || d == UInt8(ascii: "'") {
              quote = d
            } else if d == UInt8(ascii: ">") {
              break
            }
            j += 1
          }
          i = j + 1
          if nameLength == 2 && name == 0x6272 {  // br
            pendingBreak += 1
          } else if nameLength == 1 && name == 0x70 {  // p
            pendingBreak = max(pendingBreak, 2)
          } else if closing && (nameLength == 2 && (name == 0x6C69 || name == 0x6831 || name == 0x6832)) {  // li h1 h2
            pendingBreak = max(pendingBreak, 1)
          } else if nameLength == 3 && name == 0x70_7265 {  // pre: a block of its own, its lines kept
            pendingBreak = max(pendingBreak, 1)
            inPre = !closing
            if inPre && i < n && p[i] == 0x0A { i += 1 }  // a newline just after <pre> is not content
          }
          continue
        }
        if c == UInt8(ascii: "&"), let (scalar, length) = HTMLEntities.reference(p + i, n - i) {
          if let scalar {
            flushBreaks()
            written += JSONString.writeScalar(scalar, o + written)
          }
          i += length
          continue
        }
        if inPre && (c == 0x0A || c == 0x0D) {
          if c == 0x0A { pendingBreak += 1 }
          i += 1
          continue
        }
        if c == 0x0A || c == 0x0D || c == 0x09 {
          // Source newlines are not text in HTML (outside <pre>); keep a single space.
          if written > 0 && pendingBreak == 0 && o[written - 1] != 0x20 { emit(0x20) }
          i += 1
          continue
        }
        emit(c)
        i += 1
      }
      while written > 0 && (o[written - 1] == 0x20 || o[written - 1] == 0x0A) { written -= 1 }
      return written
    }
  }

  /// The index just past the `-->` that ends a comment whose text starts at `start` (the end of the input when it
  /// is never closed); `<!-->` and `<!--->` end at once, as the HTML standard reads them.
  static func commentEnd(_ p: UnsafePointer<UInt8>, from start: Int, count n: Int) -> Int {
    if start < n && p[start] == UInt8(ascii: ">") { return start + 1 }
    if start + 1 < n && p[start] == UInt8(ascii: "-") && p[start + 1] == UInt8(ascii: ">") { return start + 2 }
    var k = start
    while k + 2 < n {
      if p[k] == UInt8(ascii: "-") && p[k + 1] == UInt8(ascii: "-") && p[k + 2] == UInt8(ascii: ">") { return k + 3 }
      k += 1
    }
    return n
  }
}
