/// Maps theme colours to the colour numbers a terminal has (8, 16 or 256), by nearest RGB distance.
/// Pure arithmetic, so it is tested without a terminal.
public struct TerminalPalette: Sendable {
  /// Colours the terminal reports (`COLORS`); 0 means no colour at all.
  public var colorCount: Int

  public init(colorCount: Int) {
    self.colorCount = colorCount
  }

  /// The terminal colour number for a theme colour, or -1 for the terminal's default.
  public func number(for color: ThemeColor) -> Int {
    let available = min(colorCount, 256)
    guard available > 0 else { return -1 }
    switch color {
    case .terminalDefault:
      return -1
    case .indexed(let n):
      if Int(n) < available { return Int(n) }
      return nearest(Self.rgb(ofIndex: Int(n)), among: available)
    case .rgb(let r, let g, let b):
      return nearest((Int(r), Int(g), Int(b)), among: available)
    }
  }

  /// The index below `count` whose colour is closest to `rgb`.
  func nearest(_ rgb: (Int, Int, Int), among count: Int) -> Int {
    var best = 0
    var bestDistance = Int.max
    // With 256 colours prefer the cube and grey ramp (16...255): the first 16 vary between terminals.
    let candidates = count >= 256 ? Array(16..<256) : Array(0..<min(count, 16))
    for index in candidates {
      let c = Self.rgb(ofIndex: index)
      let dr = c.0 - rgb.0
      let dg = c.1 - rgb.1
      let db = c.2 - rgb.2
      let distance = 2 * dr * dr + 4 * dg * dg + 3 * db * db
      if distance < bestDistance {
        bestDistance = distance
        best = index
      }
    }
    return best
  }

  /// The usual xterm RGB value of a colour index 0-255.
  public static func rgb(ofIndex index: Int) -> (Int, Int, Int) {
    let basic: [(Int, Int, Int)] = [
      (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205),
      (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255),
      (0, 255, 255), (255, 255, 255),
    ]
    switch index {
    case 0..<16:
      return basic[index]
    case 16..<232:
      let n = index - 16
      let level = { (v: Int) -> Int in v == 0 ? 0 : 55 + v * 40 }
      return (level(n / 36), level((n / 6) % 6), level(n % 6))
    case 232..<256:
      let grey = 8 + (index - 232) * 10
      return (grey, grey, grey)
    default:
      return (0, 0, 0)
    }
  }
}
