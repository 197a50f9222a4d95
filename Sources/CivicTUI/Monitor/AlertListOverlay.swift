import CivicCore

/// The alert list (`a`): every alert of this run, newest first — service, start, end or "active", complaints
/// against the expected count, severity.
public struct AlertListOverlay {
  public init() {}

  /// The rows of the list, one per alert (for drawing and for tests).
  public func lines(_ alerts: [Alert]) -> [String] {
    alerts.map { alert in
      let end = alert.end.map { Formatting.clock($0, seconds: false) } ?? "active"
      let expected = String((alert.expected * 10).rounded() / 10)
      return pad(alert.serviceName, 20) + " " + pad(Formatting.clock(alert.start, seconds: false), 6)
        + pad(end, 7) + pad("\(alert.complaints) vs \(expected)", 16) + AlertRecord.name(of: alert.severity)
    }
  }

  public func draw(_ alerts: [Alert], top: Int, context: RenderContext) -> Int {
    let active = alerts.filter(\.isActive).count
    let header = pad("service", 20) + " " + pad("start", 6) + pad("end", 7) + pad("complaints", 16) + "severity"
    return OverlayBox(
      title: "Alerts: \(active) active, \(alerts.count) this run", header: [header],
      lines: alerts.isEmpty ? ["no alerts so far"] : lines(alerts), footer: "j/k scroll  Esc/q/a close"
    ).draw(top: top, context: context)
  }

  private func pad(_ text: String, _ width: Int) -> String {
    DisplayWidth.fit(DisplayWidth.truncate(text, toCells: width, ellipsis: "~"), toCells: width)
  }
}
