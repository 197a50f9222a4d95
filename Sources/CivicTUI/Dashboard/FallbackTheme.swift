/// The dashboard's built-in colours, used until a theme is loaded (and when none can be). Dark-terminal
/// friendly, drawn with the 16 basic colours so it looks the same on 8-, 16- and 256-colour terminals.
extension Theme {
  public static let fallback: Theme = {
    let red = ThemeColor.indexed(1)
    let green = ThemeColor.indexed(2)
    let yellow = ThemeColor.indexed(3)
    let blue = ThemeColor.indexed(4)
    let magenta = ThemeColor.indexed(5)
    let cyan = ThemeColor.indexed(6)
    let white = ThemeColor.indexed(7)
    let black = ThemeColor.indexed(0)
    let styles: [ThemeRole: TextStyle] = [
      .background: .plain,
      .text: .plain,
      .dim: TextStyle(dim: true),
      .header: TextStyle(foreground: black, background: cyan, bold: true),
      .border: TextStyle(foreground: blue),
      .borderFocused: TextStyle(foreground: cyan, bold: true),
      .title: TextStyle(foreground: white, bold: true),
      .titleFocused: TextStyle(foreground: black, background: cyan, bold: true),
      .complaint: TextStyle(foreground: red, bold: true),
      .notComplaint: TextStyle(foreground: green),
      .alert: TextStyle(foreground: red, bold: true, reverse: true),
      .alertBanner: TextStyle(foreground: white, background: red, bold: true),
      .sparkline: TextStyle(foreground: yellow),
      .trendRising: TextStyle(foreground: red, bold: true),
      .trendFalling: TextStyle(foreground: green),
      .statusBar: TextStyle(foreground: black, background: white),
      .statusKey: TextStyle(foreground: black, background: cyan, bold: true),
      .selection: TextStyle(reverse: true),
      .searchHit: TextStyle(foreground: black, background: yellow),
      .help: TextStyle(foreground: white, background: blue),
      .bigDigits: TextStyle(foreground: cyan, bold: true),
    ]
    let accents = [cyan, yellow, green, magenta, blue, red].map { TextStyle(foreground: $0) }
    return Theme(name: "built-in", styles: styles, serviceAccents: accents)
  }()
}
