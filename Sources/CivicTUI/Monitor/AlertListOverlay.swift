import CivicCore

/// The alert list (`a`): every alert of this run, newest first — service, start, end or "active", complaints
/// against the expected count, severity.
public struct AlertListOverlay {
  public init() {}

  /// The rows of the list, one per alert (for drawing and for tests); names too long for their column end with
  /// `ellipsis` (the glyph set's: `…`, or `~` where the terminal shows only ASCII).
  public func lines(_ alerts: [Alert], ellipsis: Character = "…", asciiOnly: Bool = false) -> [String] {
    let pad = { (text: String, width: Int) in
      DisplayWidth.fit(
        DisplayWidth.truncate(text, toCells: width, ellipsis: String(ellipsis), asciiOnly: asciiOnly), toCells: width,
        asciiOnly: asciiOnly)
    }
    return alerts.map { alert in
      let end = alert.end.map { Formatting.clock($0, seconds: false) } ?? "active"
      let expected = String((alert.expected * 10).rounded() / 10)
      return pad(alert.serviceName, 20) + " " + pad(Formatting.clock(alert.start, seconds: false), 6)
        + pad(end, 7) + pad("\(alert.complaints) vs \(expected)", 16) + AlertRecord.name(of: alert.severity)
    }
  }

  public func draw(_ alerts: [Alert], top: Int, context: RenderContext) -> Int {
    let active = alerts.filter(\.isActive).count
    let header =
      [("service", 21), ("start", 6), ("end", 7), ("complaints", 16)].map { context.fit($0.0, $0.1) }
      .joined() + "severity"
    let rows = lines(alerts, ellipsis: context.glyphs.ellipsis, asciiOnly: context.asciiOnly)
    return OverlayBox(
      title: "Alerts: \(active) active, \(alerts.count) this run", header: [header],
      lines: alerts.isEmpty ? ["no alerts so far"] : rows, footer: "j/k scroll  Esc/q/a close"
    ).draw(top: top, context: context)
  }
}
