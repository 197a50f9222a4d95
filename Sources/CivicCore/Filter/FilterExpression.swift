/// The small language of `:filter`: space-separated terms, all of which must hold.
///
///     service=water,roads   complaints   since=1h   platform=mastodon   state=escalated,open
///     from=2026-11-27T09:00 to=2026-11-27T17:00   all   (clears)
///
/// `key:value` works like `key=value`; values are comma-separated. Keys: `service`, `platform`, `state`
/// (`open`, `handled`, `escalated`, `not-complaint`), `since`/`last` (a duration such as 15m/1h/24h, or an ISO
/// 8601 time), `from`, `to`. Words: `complaints` (complaints only), `all` (no condition).
///
/// Times typed without an offset are the officer's local time (as the Posts pane shows them); `Z` or `+01:00`
/// gives the instant exactly. A date alone is that local day's start for `from`/`since` and, for `to`, the end
/// of it: `from=2026-11-27 to=2026-11-27` is that whole day (`to` is exclusive, see `TimeWindow`).
public enum FilterExpression {
  /// Parses `text` into a filter. When `knownServices` is given, service ids outside it are refused.
  public static func parse(_ text: String, knownServices: Set<String>? = nil) throws(QueryError)
    -> PostFilter
  {
    var filter = PostFilter()
    var from: EpochMillis?
    var to: EpochMillis?
    for term in text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init) {
      guard let separator = term.firstIndex(where: { $0 == "=" || $0 == ":" }) else {
        switch term.lowercased() {
        case "complaints", "complaint", "complaints-only": filter.complaintsOnly = true
        case "all", "none", "clear":
          // Clears everything before it, the time range too (the prompt is pre-filled with the current filter).
          filter = PostFilter()
          from = nil
          to = nil
        default:
          throw QueryError(
            .filter, input: term, reason: "unknown word (use complaints, all, or key=value with \(keys))")
        }
        continue
      }
      let key = term[..<separator].lowercased()
      let values = term[term.index(after: separator)...].split(separator: ",").map(String.init)
      guard !values.isEmpty else { throw QueryError(.filter, input: term, reason: "missing value") }
      switch key {
      case "service", "services", "svc":
        let ids = values.map { $0.lowercased() }
        if let knownServices, let unknown = ids.first(where: { !knownServices.contains($0) }) {
          throw QueryError(
            .filter, input: term,
            reason: "unknown service '\(unknown)' (known: \(knownServices.sorted().joined(separator: ", ")))")
        }
        filter.services.formUnion(ids)
      case "platform", "platforms", "on":
        for value in values {
          guard let platform = Platform(rawValue: value.lowercased()) ?? (value.lowercased() == "x" ? .twitter : nil)
          else {
            let names = Platform.allCases.map(\.rawValue).joined(separator: ", ")
            throw QueryError(.filter, input: term, reason: "unknown platform '\(value)' (known: \(names))")
          }
          filter.platforms.insert(platform)
        }
      case "state", "status", "states":
        for value in values {
          guard let status = TriageStatus(name: value) else {
            throw QueryError(
              .filter, input: term, reason: "unknown state '\(value)' (known: open, handled, escalated, not-complaint)")
          }
          filter.statuses.insert(status)
        }
      case "complaints", "complaint":
        switch values[0].lowercased() {
        case "yes", "true", "1", "only": filter.complaintsOnly = true
        case "no", "false", "0", "any": filter.complaintsOnly = false
        default: throw QueryError(.filter, input: term, reason: "expected complaints=yes or complaints=no")
        }
      case "since", "last":
        let value = values.joined(separator: ",")
        if let span = TimeSpec.duration(value) {
          filter.window = .last(span)
          from = nil
          to = nil
        } else if let instant = TimeSpec.instant(value) {
          from = instant
        } else {
          throw QueryError(.filter, input: term, reason: "expected a duration (15m, 1h, 24h) or an ISO 8601 time")
        }
      case "from", "to", "until":
        let value = values.joined(separator: ",")
        guard let instant = key == "from" ? TimeSpec.instant(value) : TimeSpec.end(value) else {
          throw QueryError(.filter, input: term, reason: "expected an ISO 8601 time such as 2026-11-27T09:00")
        }
        if key == "from" { from = instant } else { to = instant }
      default:
        throw QueryError(.filter, input: term, reason: "unknown key '\(key)' (use \(keys))")
      }
    }
    if from != nil || to != nil {
      if let from, let to, to <= from {
        throw QueryError(.filter, input: text, reason: "the end of the time range is not after its start")
      }
      filter.window = .between(from: from, to: to)
    }
    return filter
  }

  /// The expression that parses back to `filter` (to pre-fill the `:filter` prompt). Times are written in local
  /// time with their offset ("from=2026-11-27T09:00+01:00"), which reads back as exactly the same instant.
  public static func format(_ filter: PostFilter) -> String {
    var terms: [String] = []
    if !filter.services.isEmpty { terms.append("service=" + filter.services.sorted().joined(separator: ",")) }
    if filter.complaintsOnly { terms.append("complaints") }
    if !filter.platforms.isEmpty {
      terms.append("platform=" + filter.platforms.map(\.rawValue).sorted().joined(separator: ","))
    }
    if !filter.statuses.isEmpty {
      terms.append("state=" + filter.statuses.map(\.rawValue).sorted().joined(separator: ","))
    }
    switch filter.window {
    case .all: break
    case .last(let span): terms.append("since=" + TimeSpec.shortDuration(span))
    case .between(let from, let to):
      if let from { terms.append("from=" + TimeSpec.localISO8601(from)) }
      if let to { terms.append("to=" + TimeSpec.localISO8601(to)) }
    }
    return terms.joined(separator: " ")
  }

  private static let keys = "service=, platform=, state=, since=, from=, to="
}
