/// What a terminal below the minimum size shows instead of a garbled dashboard: a centred message, wrapped to
/// the width.
public struct TooSmallMessage {
  public init() {}

  public static let text = "terminal too small (need \(DashboardLayout.minimumWidth)x\(DashboardLayout.minimumHeight))"

  public func draw(context: RenderContext) {
    let size = context.screen.size
    guard size.width > 0, size.height > 0 else { return }
    var lines = Self.wrap(Self.text, width: size.width)
    if lines.count < size.height { lines.append("now \(size.width)x\(size.height)") }
    let top = max(0, (size.height - lines.count) / 2)
    for (i, line) in lines.enumerated() where top + i < size.height {
      let width = DisplayWidth.width(of: line)
      context.screen.put(
        line, x: max(0, (size.width - width) / 2), y: top + i, style: context.theme.style(.alert),
        maxWidth: size.width)
    }
  }

  /// Words joined into lines of at most `width` cells (a longer word is cut).
  static func wrap(_ text: String, width: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ").map(String.init) {
      let candidate = line.isEmpty ? word : line + " " + word
      if DisplayWidth.width(of: candidate) <= width {
        line = candidate
      } else {
        if !line.isEmpty { lines.append(line) }
        line = DisplayWidth.truncate(word, toCells: width)
      }
    }
    if !line.isEmpty { lines.append(line) }
    return lines
  }
}
