/// Maps theme colours to what a terminal can show: #RRGGBB and 0-255 to the nearest colour of the xterm 256
/// palette (cube and grey ramp), to the 16 or 8 ANSI colours by hue and lightness, and, without colour, to attributes that still tell the roles apart.
/// Pure functions.
public enum ColorMapper {
  /// The colour to use at `depth`: `.rgb` only at truecolor, `.indexed(n)` with n below the depth's count, or
  /// `.terminalDefault` (always at `noColor`).
  public static func map(_ color: ThemeColor, to depth: ColorDepth) -> ThemeColor {
    switch (color, depth) {
    case (.terminalDefault, _), (_, .noColor): return .terminalDefault
    case (_, .truecolor): return color
    case (.indexed(let index), .colors256): return .indexed(index)
    case (.indexed(let index), .colors16) where index < 16: return .indexed(index)
    case (.indexed(let index), .colors8) where index < 8: return .indexed(index)
    case (.indexed(let index), .colors8) where index < 16: return .indexed(index - 8)
    case (.indexed(let index), _):
      let (r, g, b) = rgb(ofIndex: index)
      return map(.rgb(r, g, b), to: depth)
    case (.rgb(let r, let g, let b), .colors256): return .indexed(nearest(r, g, b, in: 16..<256))
    case (.rgb(let r, let g, let b), .colors16): return .indexed(nearestANSI(r, g, b, bright: true))
    case (.rgb(let r, let g, let b), .colors8): return .indexed(nearestANSI(r, g, b, bright: false))
    }
  }

  /// The style to draw `role` with at `depth`. Colours are mapped; if foreground and background would become the
  /// same colour the foreground is replaced by black or white, whichever reads better.
  ///
  /// Without colour, roles must still be told apart: the theme's attributes are kept, a style painted on its own
  /// band of colour (a background other than `canvas`, the theme's background) becomes `reverse`, and the role's
  /// own attributes (`attributes(for:)`) are added.
  public static func map(
    _ style: TextStyle, role: ThemeRole?, to depth: ColorDepth, canvas: ThemeColor = .terminalDefault
  ) -> TextStyle {
    var mapped = style
    mapped.foreground = map(style.foreground, to: depth)
    mapped.background = map(style.background, to: depth)
    if depth == .noColor {
      if style.background != .terminalDefault, style.background != canvas { mapped.reverse = true }
      if let role {
        let own = attributes(for: role)
        mapped.bold = mapped.bold || own.bold
        mapped.underline = mapped.underline || own.underline
        mapped.reverse = mapped.reverse || own.reverse
        mapped.dim = mapped.dim || own.dim
      }
      return mapped
    }
    // Grey (bright-black) has no 8-colour form but black, which vanishes on the dark terminals it is meant for:
    // draw it as the terminal's own colour, dimmed.
    if depth == .colors8, style.foreground == .indexed(8), style.background == .terminalDefault {
      mapped.foreground = .terminalDefault
      mapped.dim = true
    }
    if mapped.foreground == mapped.background, mapped.foreground != .terminalDefault,
      style.foreground != style.background
    {
      mapped.foreground = contrasting(with: mapped.background, depth: depth)
    }
    return mapped
  }

  /// How a role looks with no colour at all (NO_COLOR, --no-color, or a terminal without colours).
  public static func attributes(for role: ThemeRole) -> TextStyle {
    switch role {
    case .background, .text, .notComplaint, .sparkline, .help, .border: return .plain
    case .dim, .trendFalling: return TextStyle(dim: true)
    case .header, .statusKey: return TextStyle(bold: true, reverse: true)
    case .alertBanner: return TextStyle(bold: true, underline: true, reverse: true)
    case .title, .complaint, .trendRising, .bigDigits, .borderFocused: return TextStyle(bold: true)
    case .titleFocused: return TextStyle(bold: true, underline: true)
    case .alert: return TextStyle(bold: true, underline: true)
    case .statusBar, .selection: return TextStyle(reverse: true)
    case .searchHit: return TextStyle(bold: true, underline: true)
    }
  }

  private static func contrasting(with background: ThemeColor, depth: ColorDepth) -> ThemeColor {
    let (r, g, b): (UInt8, UInt8, UInt8)
    switch background {
    case .rgb(let red, let green, let blue): (r, g, b) = (red, green, blue)
    case .indexed(let index): (r, g, b) = rgb(ofIndex: index)
    case .terminalDefault: return .terminalDefault
    }
    let light = 299 * Int(r) + 587 * Int(g) + 114 * Int(b) > 128_000
    return light ? .indexed(0) : map(.indexed(15), to: depth)
  }

  // MARK: Palette

  /// The 16 ANSI colours as xterm draws them by default.
  static let ansi: [(UInt8, UInt8, UInt8)] = [
    (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
    (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255),
    (255, 255, 255),
  ]

  /// Channel levels of the 6x6x6 colour cube (indexes 16-231).
  static let cubeLevels: [UInt8] = [0, 95, 135, 175, 215, 255]

  /// The RGB value of an xterm 256-palette index: 0-15 ANSI, 16-231 the 6x6x6 cube, 232-255 the grey ramp.
  public static func rgb(ofIndex index: UInt8) -> (UInt8, UInt8, UInt8) {
    switch index {
    case 0..<16: return ansi[Int(index)]
    case 16..<232:
      let cube = Int(index) - 16
      return (cubeLevels[cube / 36], cubeLevels[(cube / 6) % 6], cubeLevels[cube % 6])
    default:
      let grey = UInt8(8 + 10 * (Int(index) - 232))
      return (grey, grey, grey)
    }
  }

  /// The palette index in `range` nearest to the colour (ties go to the lowest index).
  public static func nearest(_ r: UInt8, _ g: UInt8, _ b: UInt8, in range: Range<Int>) -> UInt8 {
    var best = range.lowerBound
    var bestDistance = Int.max
    for index in range {
      let candidate = rgb(ofIndex: UInt8(index))
      let d = distance((r, g, b), candidate)
      if d < bestDistance {
        bestDistance = d
        best = index
      }
    }
    return UInt8(best)
  }

  /// The ANSI colour (0-15, or 0-7 without `bright`) for a 24-bit colour. Plain nearest-colour matching sends
  /// muted theme colours (nord's red #BF616A) to grey, losing their meaning, so: near-greys go to black, grey or
  /// white by lightness; other colours to the ANSI hue nearest theirs (red, yellow, green, cyan, blue, magenta),
  /// then the nearer of its normal and bright forms.
  public static func nearestANSI(_ r: UInt8, _ g: UInt8, _ b: UInt8, bright: Bool) -> UInt8 {
    let high = Int(max(r, g, b))
    let low = Int(min(r, g, b))
    let chroma = high - low
    if chroma < 24 || chroma * 5 < high || high < 48 {
      let lightness = (299 * Int(r) + 587 * Int(g) + 114 * Int(b)) / 1000
      let greys: [UInt8] = bright ? [0, 8, 7, 15] : [0, 7]
      return greys.min { abs(Int(ansi[Int($0)].0) - lightness) < abs(Int(ansi[Int($1)].0) - lightness) } ?? 0
    }
    var hue: Int
    if high == Int(r) {
      hue = 60 * (Int(g) - Int(b)) / chroma
    } else if high == Int(g) {
      hue = 120 + 60 * (Int(b) - Int(r)) / chroma
    } else {
      hue = 240 + 60 * (Int(r) - Int(g)) / chroma
    }
    hue = (hue + 360 + 30) % 360
    let normal: UInt8 = [1, 3, 2, 6, 4, 5][hue / 60]
    guard bright else { return normal }
    let brightForm = normal + 8
    return distance((r, g, b), ansi[Int(brightForm)]) < distance((r, g, b), ansi[Int(normal)]) ? brightForm : normal
  }

  /// A perceptual-ish colour distance: squared RGB distance weighted by the mean red level ("redmean"), which
  /// tracks human judgement much better than plain RGB distance at no cost.
  public static func distance(_ a: (UInt8, UInt8, UInt8), _ b: (UInt8, UInt8, UInt8)) -> Int {
    let meanRed = (Int(a.0) + Int(b.0)) / 2
    let dr = Int(a.0) - Int(b.0)
    let dg = Int(a.1) - Int(b.1)
    let db = Int(a.2) - Int(b.2)
    return (((512 + meanRed) * dr * dr) >> 8) + 4 * dg * dg + (((767 - meanRed) * db * db) >> 8)
  }
}

extension Theme {
  /// This theme with every colour mapped to `depth` (see `ColorMapper`). Map once when the theme or the depth
  /// changes, then draw with `style(_:)` and `serviceStyle(id:index:)` as usual.
  public func adapted(to depth: ColorDepth) -> Theme {
    var theme = self
    let canvas = style(.background).background
    for role in ThemeRole.allCases {
      theme.styles[role] = ColorMapper.map(style(role), role: role, to: depth, canvas: canvas)
    }
    theme.serviceAccents = serviceAccents.map { ColorMapper.map($0, role: nil, to: depth, canvas: canvas) }
    theme.serviceStyles = serviceStyles.mapValues { ColorMapper.map($0, role: nil, to: depth, canvas: canvas) }
    return theme
  }
}
