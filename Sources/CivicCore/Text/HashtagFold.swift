import Foundation

/// When two hashtags are one tag: case and width folded (`#Straße` and `#STRASSE`, `#ＢＩＮＳ` and `#bins`) and the
/// canonical form made one (a composed and a decomposed `é` are the same tag), diacritics kept (`#café` is not
/// `#cafe`). Every place that counts tags folds them here, so `report`, the arena of the counting path and
/// Trending agree. ASCII tags fold by lowercasing alone (the counting paths do that on their bytes).
enum HashtagFold {
  static func fold(_ tag: String) -> String {
    guard tag.utf8.contains(where: { $0 >= 0x80 }) else { return tag.lowercased() }
    return tag.folding(options: [.caseInsensitive, .widthInsensitive], locale: nil)
      .precomposedStringWithCanonicalMapping
  }
}
