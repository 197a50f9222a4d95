/// Prior weights for words the training corpus may never have (fourteenth round, `train --prior-terms`): a CSV file
/// with the header `word,weight` and one lower-case word of ASCII letters and its weight per row. `ComplaintTrainer`
/// gives every such word that no training text holds `scale` times its weight as a unigram term of the model, so a
/// post with a word the corpus never had still leans on it; words of the corpus keep the weight the fit gave them.
///
/// `corpus/borrowed-words.csv` is such a file: words of a pretrained encoder's vocabulary scored by a teacher
/// trained on the corpus (see `corpus/borrow_words.py`).
public struct ComplaintPriorTerms: Sendable, Equatable {
  /// Each word with its prior weight, before scaling.
  public var weights: [String: Double]

  public init(weights: [String: Double]) {
    self.weights = weights
  }

  /// A row of a prior-terms file that is not a word and a weight.
  public struct BadRow: Error, Sendable, Equatable, CustomStringConvertible {
    public var line: Int
    public var reason: String

    public var description: String { "line \(line): \(reason)" }
  }

  /// Reads a prior-terms file. Every row must hold a word (lower-case ASCII letters only, as the scanner writes
  /// a letter word) and a finite weight; the first row that does not, or a word given twice, is an error.
  public static func parse(_ bytes: [UInt8]) throws -> ComplaintPriorTerms {
    let parsed = LabelledCSV.rows(bytes)
    if let bad = parsed.bad.first { throw BadRow(line: bad.line, reason: bad.reason) }
    var weights: [String: Double] = [:]
    for row in parsed.rows {
      if row.line == parsed.rows.first?.line, row.cells == ["word", "weight"] { continue }
      guard row.cells.count == 2 else {
        throw BadRow(line: row.line, reason: "\(row.cells.count) cells where a word and a weight were expected")
      }
      let word = row.cells[0]
      guard !word.isEmpty, word.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else {
        throw BadRow(
          line: row.line, reason: "'\(LabelledCSV.shown(word))' is not a word of lower-case letters a to z")
      }
      guard let weight = Double(row.cells[1]), weight.isFinite else {
        throw BadRow(line: row.line, reason: "'\(LabelledCSV.shown(row.cells[1]))' is not a weight")
      }
      guard weights.updateValue(weight, forKey: word) == nil else {
        throw BadRow(line: row.line, reason: "'\(word)' is given twice")
      }
    }
    return ComplaintPriorTerms(weights: weights)
  }
}
