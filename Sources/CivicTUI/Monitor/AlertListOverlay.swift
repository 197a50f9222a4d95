import CivicCore

/// The alert list (`a`): every alert of this run, newest first — service, start, end or "active", complaints
/// against the expected count, severity.
public struct AlertListOverlay {
  public init() {}

  /// The rows of the list, one per alert (for drawing and for tests); names too long for their column end with
  /// `ellipsis` (the glyph set's: `…`, or `~` where the terminal shows only ASCII).
  /// `nameWidth`: cells of the service column (see `nameWidth(for:screenWidth:asciiOnly:)`).
  public func lines(_ alerts: [Alert], ellipsis: Character = "…", asciiOnly: Bool = false, nameWidth: Int = 20)
    -> [String]
  {
    let pad = { (text: String, width: Int) in
      DisplayWidth.fit(
        DisplayWidth.truncate(text, toCells: width, ellipsis: String(ellipsis), asciiOnly: asciiOnly), toCells: width,
        asciiOnly: asciiOnly)
    }
    return alerts.map { alert in
      let end = alert.end.map { Formatting.clock($0, seconds: false) } ?? "active"
      let expected = String((alert.expected * 10).rounded() / 10)
      return pad(alert.serviceName, nameWidth) + " " + pad(Formatting.clock(alert.start, seconds: false), 6)
        + pad(end, 7) + pad("\(Formatting.count(alert.complaints)) vs \(expected)", 16)
        + AlertRecord.name(of: alert.severity)
    }
  }

  /// Cells the other columns and the box's frame take beside the service name.
  static let otherColumns = 1 + 6 + 7 + 16 + 8 + 4

  /// The service column: as wide as the longest name (so "Trains, trams and underground" is not cut in a box
  /// with room to spare), at most 36 cells and what the screen leaves beside the other columns, at least 10.
  public static func nameWidth(for alerts: [Alert], screenWidth: Int, asciiOnly: Bool = false) -> Int {
    let longest = alerts.map { DisplayWidth.width(of: $0.serviceName, asciiOnly: asciiOnly) }.max() ?? 0
    return max(10, min(longest, 36, screenWidth - otherColumns))
  }

  public func draw(_ alerts: [Alert], top: Int, context: RenderContext) -> Int {
    let active = alerts.filter(\.isActive).count
    let nameWidth = Self.nameWidth(
      for: alerts, screenWidth: context.screen.size.width, asciiOnly: context.asciiOnly)
    let header =
      [("service", nameWidth + 1), ("start", 6), ("end", 7), ("complaints", 16)].map { context.fit($0.0, $0.1) }
      .joined() + "severity"
    let rows = lines(alerts, ellipsis: context.glyphs.ellipsis, asciiOnly: context.asciiOnly, nameWidth: nameWidth)
    return OverlayBox(
      title: "Alerts: \(active) active, \(alerts.count) this run", header: [header],
      lines: alerts.isEmpty ? ["no alerts so far"] : rows, footer: "j/k g/G scroll  Esc/q/a close"
    ).draw(top: top, context: context)
  }
}
