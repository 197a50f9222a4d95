import Foundation

/// The JSON form of an alert event, shared by the alert log and the on-alert command.
///
/// Keys (sorted): `complaints`, `end` (ISO 8601 UTC or null), `endMillis`, `event` (started/updated/ended),
/// `expected`, `id`, `service`, `serviceName`, `severity` (low/medium/high), `start`, `startMillis`.
public struct AlertRecord: Sendable, Hashable, Encodable {
  public var event: String
  public var id: Int
  public var service: String
  public var serviceName: String
  public var startMillis: EpochMillis
  public var endMillis: EpochMillis?
  public var complaints: Int
  /// Expected complaints, rounded to 2 decimals.
  public var expected: Double
  public var severity: String

  public init(_ event: AlertEvent) {
    self.init(alert: event.alert, event: event.kind.rawValue)
  }

  public init(alert: Alert, event: String) {
    self.event = event
    id = alert.id
    service = alert.service
    serviceName = alert.serviceName
    startMillis = alert.start
    endMillis = alert.end
    complaints = alert.complaints
    expected = (alert.expected * 100).rounded() / 100
    severity = AlertRecord.name(of: alert.severity)
  }

  public static func name(of severity: AlertSeverity) -> String {
    switch severity {
    case .low: return "low"
    case .medium: return "medium"
    case .high: return "high"
    }
  }

  /// `2026-11-23T13:17:00Z` for a time in epoch milliseconds.
  public static func isoUTC(_ millis: EpochMillis) -> String {
    let formatter = ISO8601DateFormatter()
    formatter.timeZone = TimeZone(identifier: "UTC")
    return formatter.string(from: Date(timeIntervalSince1970: Double(millis) / 1000))
  }

  private enum CodingKeys: String, CodingKey {
    case event, id, service, serviceName, start, startMillis, end, endMillis, complaints, expected, severity
  }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(event, forKey: .event)
    try c.encode(id, forKey: .id)
    try c.encode(service, forKey: .service)
    try c.encode(serviceName, forKey: .serviceName)
    try c.encode(AlertRecord.isoUTC(startMillis), forKey: .start)
    try c.encode(startMillis, forKey: .startMillis)
    if let end = endMillis {
      try c.encode(AlertRecord.isoUTC(end), forKey: .end)
      try c.encode(end, forKey: .endMillis)
    } else {
      try c.encodeNil(forKey: .end)
      try c.encodeNil(forKey: .endMillis)
    }
    try c.encode(complaints, forKey: .complaints)
    try c.encode(expected, forKey: .expected)
    try c.encode(severity, forKey: .severity)
  }

  /// One line of JSON (no newline).
  public func jsonLine() -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(self), let text = String(data: data, encoding: .utf8) else {
      // Encoding plain strings and numbers cannot fail; keep a valid line regardless.
      return "{\"event\":\"\(event)\",\"id\":\(id)}"
    }
    return text
  }

  /// Environment variables for the on-alert command.
  public var environment: [String: String] {
    [
      "CIVICPULSE_ALERT_EVENT": event,
      "CIVICPULSE_ALERT_ID": String(id),
      "CIVICPULSE_ALERT_SERVICE": service,
      "CIVICPULSE_ALERT_SERVICE_NAME": serviceName,
      "CIVICPULSE_ALERT_START": AlertRecord.isoUTC(startMillis),
      "CIVICPULSE_ALERT_START_MS": String(startMillis),
      "CIVICPULSE_ALERT_END": endMillis.map(AlertRecord.isoUTC) ?? "",
      "CIVICPULSE_ALERT_COMPLAINTS": String(complaints),
      "CIVICPULSE_ALERT_EXPECTED": String(format: "%.2f", expected),
      "CIVICPULSE_ALERT_SEVERITY": severity,
    ]
  }
}
