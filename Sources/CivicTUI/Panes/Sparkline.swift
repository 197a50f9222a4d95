/// A row of block glyphs for a series of counts, scaled to the series' own maximum so its shape shows.
public enum Sparkline {
  /// The last `width` values as glyphs (zero is the lowest glyph, usually a blank).
  public static func render(_ values: [Int], width: Int, glyphs: Glyphs) -> String {
    guard width > 0, !glyphs.sparkline.isEmpty else { return "" }
    let shown = values.suffix(width)
    let top = max(1, shown.max() ?? 1)
    let levels = glyphs.sparkline.count - 1
    var out = String(repeating: glyphs.sparkline[0], count: max(0, width - shown.count))
    for value in shown {
      let level = value <= 0 ? 0 : max(1, min(levels, (value * levels + top - 1) / top))
      out += glyphs.sparkline[level]
    }
    return out
  }
}
