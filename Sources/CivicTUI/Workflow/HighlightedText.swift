import CivicCore

/// Post text laid out in a fixed number of cells with the search hits marked: the pieces to draw, each plain or
/// a hit. Hits are found in the original text and carried through the same sanitising the screen does, so a
/// highlight never lands on the wrong characters.
public struct HighlightedText {
  /// (sanitised glyph text, cells, is a hit)
  private var glyphs: [(String, Int, Bool)] = []
  /// True when the text did not fit and an ellipsis ends it.
  public private(set) var isCut = false
  public let cells: Int

  public init(_ text: String, search: PostSearch?, cells: Int, asciiOnly: Bool) {
    self.cells = max(0, cells)
    let hits = search?.characterRanges(in: text, limit: 200) ?? []
    var hitIndex = 0
    var all: [(String, Int, Bool)] = []
    var total = 0
    for (offset, character) in text.enumerated() {
      while hitIndex < hits.count, hits[hitIndex].upperBound <= offset { hitIndex += 1 }
      guard let glyph = DisplayWidth.glyph(for: character, asciiOnly: asciiOnly) else { continue }
      let isHit = hitIndex < hits.count && hits[hitIndex].contains(offset)
      all.append((glyph.text, glyph.width, isHit))
      total += glyph.width
      if total > self.cells + 2 { break }
    }
    if total <= self.cells {
      glyphs = all
      return
    }
    isCut = true
    var used = 0
    for glyph in all {
      if used + glyph.1 > self.cells - 1 { break }
      used += glyph.1
      glyphs.append(glyph)
    }
  }

  /// The row's pieces: exactly `cells` cells (cut with `ellipsis`, padded with spaces).
  public func pieces(base: TextStyle, hit: TextStyle, ellipsis: String) -> [(String, TextStyle)] {
    guard cells > 0 else { return [] }
    var pieces: [(String, TextStyle)] = []
    var run = ""
    var runIsHit = false
    var used = 0
    for (text, width, isHit) in glyphs {
      if isHit != runIsHit, !run.isEmpty {
        pieces.append((run, runIsHit ? hit : base))
        run = ""
      }
      runIsHit = isHit
      run += text
      used += width
    }
    if !run.isEmpty { pieces.append((run, runIsHit ? hit : base)) }
    var tail = ""
    if isCut {
      tail = ellipsis
      used += 1
    }
    tail += String(repeating: " ", count: max(0, cells - used))
    if !tail.isEmpty { pieces.append((tail, base)) }
    return pieces
  }

  /// Whether any visible cell is a hit.
  public var showsHit: Bool { glyphs.contains { $0.2 } }
}
