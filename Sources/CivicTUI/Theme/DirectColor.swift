/// Colour numbers for ncurses on a direct-colour terminal (TERM `xterm-direct`, `konsole-direct`...: its
/// description has 2^24 colours). There `setaf` reads numbers 0-7 as the ANSI colours and every other number as
/// 0xRRGGBB, so a palette index such as 9 (bright red) must not be passed as it is: it would be drawn as the
/// near-black RGB (0, 0, 9).
public enum DirectColor {
  /// True when a terminal with `colors` colours (ncurses' `COLORS`) takes RGB values as colour numbers.
  public static func isDirect(colors: Int) -> Bool { colors > 256 }

  /// The ncurses colour number of `color` on a direct-colour terminal (-1: the terminal's default). 24-bit theme
  /// colours are sent as written; palette indexes 8-255 as their RGB values; 0-7 stay the terminal's ANSI colours.
  public static func number(for color: ThemeColor) -> Int {
    let rgb: (UInt8, UInt8, UInt8)
    switch color {
    case .terminalDefault: return -1
    case .indexed(let index) where index < 8: return Int(index)
    case .indexed(let index): rgb = ColorMapper.rgb(ofIndex: index)
    case .rgb(let r, let g, let b): rgb = (r, g, b)
    }
    let value = Int(rgb.0) << 16 | Int(rgb.1) << 8 | Int(rgb.2)
    // 0x000000-0x000007 would read as ANSI colours: the nearest value that does not is 0x000008 (still black).
    return max(8, value)
  }
}
