import Foundation

/// Parses the times users type: durations ("90s", "15m", "1h", "24h", "7d", "1h30m") and ISO 8601 dates
/// ("2026-11-27", "2026-11-27T09:30", "2026-11-27T09:30:00Z", "2026-11-27 09:30:00+01:00").
///
/// A date or time typed without an offset is local time (the process's `TZ`, as the Posts pane shows post times;
/// see `LocalTime` for the rule at the clock changes); `Z` or an offset such as `+01:00` names the instant exactly.
/// A date alone is that day's local midnight, or, as the end of a range (`end(_:)`), the next local midnight, so
/// that the range includes the whole day.
public enum TimeSpec {
  /// Milliseconds in a duration, or nil when `text` is not a positive duration.
  public static func duration(_ text: String) -> EpochMillis? {
    let units: [Character: EpochMillis] = ["s": 1_000, "m": 60_000, "h": 3_600_000, "d": 86_400_000, "w": 604_800_000]
    var total: EpochMillis = 0
    var digits = ""
    var sawUnit = false
    for character in text.lowercased() {
      if character.isASCII, character.isNumber {
        digits.append(character)
      } else if let unit = units[character], let value = EpochMillis(digits), value <= 1_000_000 {
        total += value * unit
        digits = ""
        sawUnit = true
      } else {
        return nil
      }
    }
    guard digits.isEmpty, sawUnit, total > 0 else { return nil }
    return total
  }

  /// Epoch milliseconds of an ISO 8601 date or date-time, or nil when `text` is not one. Without an offset it is
  /// local time; a date alone is the start of that local day.
  public static func instant(_ text: String) -> EpochMillis? {
    guard let typed = typed(text) else { return nil }
    return typed.instant(dayLater: false)
  }

  /// Like `instant(_:)`, for the exclusive end of a range: a date alone is the local midnight that ENDS that day
  /// ("to=2026-11-27" includes all of the 27th); a date-time is the same instant as `instant(_:)`.
  public static func end(_ text: String) -> EpochMillis? {
    guard let typed = typed(text) else { return nil }
    return typed.instant(dayLater: typed.dateOnly)
  }

  /// The fields of a typed date or date-time.
  private struct Typed {
    /// Seconds since the epoch of the date and time as written (as if they were UTC).
    var wall: Int
    var millis: Int
    /// Seconds east of UTC when the text gives an offset (`Z` is 0); nil for local time.
    var offset: Int?
    var dateOnly: Bool

    func instant(dayLater: Bool) -> EpochMillis {
      let wall = self.wall + (dayLater ? 86_400 : 0)
      let seconds = offset.map { wall - $0 } ?? LocalTime.instant(wall: wall)
      return EpochMillis(seconds) * 1_000 + EpochMillis(millis)
    }
  }

  private static func typed(_ text: String) -> Typed? {
    let trimmed = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: " ", with: "T")
    let bytes = Array(trimmed.utf8)
    var index = 0
    func number(_ count: Int) -> Int? {
      guard index + count <= bytes.count else { return nil }
      var value = 0
      for byte in bytes[index..<index + count] {
        guard byte >= 48, byte <= 57 else { return nil }
        value = value * 10 + Int(byte - 48)
      }
      index += count
      return value
    }
    func expect(_ byte: UInt8) -> Bool {
      guard index < bytes.count, bytes[index] == byte else { return false }
      index += 1
      return true
    }
    guard let year = number(4), expect(45), let month = number(2), expect(45), let day = number(2),
      (1...12).contains(month), (1...TimestampParser.daysIn(month: month, year: year)).contains(day)
    else { return nil }
    var seconds = TimestampParser.daysFromCivil(year: year, month: month, day: day) * 86_400
    var millis = 0
    var offset: Int?
    let dateOnly = index == bytes.count
    if !dateOnly {
      guard expect(84), let hour = number(2), expect(58), let minute = number(2), hour < 24, minute < 60 else {
        return nil
      }
      seconds += hour * 3_600 + minute * 60
      if expect(58) {
        guard let second = number(2), second < 60 else { return nil }
        seconds += second
        if expect(46) {
          var scale = 100
          var sawDigit = false
          while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 {
            millis += Int(bytes[index] - 48) * scale
            scale /= 10
            index += 1
            sawDigit = true
          }
          guard sawDigit else { return nil }
        }
      }
      if expect(90) || expect(122) {
        offset = 0
      } else if index < bytes.count {
        let sign = bytes[index] == 45 ? -1 : 1
        guard bytes[index] == 43 || bytes[index] == 45 else { return nil }
        index += 1
        guard let hours = number(2), hours < 24 else { return nil }
        _ = expect(58)
        guard let minutes = number(2), minutes < 60 else { return nil }
        offset = sign * (hours * 3_600 + minutes * 60)
      }
    }
    guard index == bytes.count else { return nil }
    return Typed(wall: seconds, millis: millis, offset: offset, dateOnly: dateOnly)
  }

  /// Either a duration before `now` ("24h") or an instant (ISO 8601, local without an offset). Nil when `text` is
  /// neither.
  public static func since(_ text: String, now: EpochMillis) -> EpochMillis? {
    if let span = duration(text) { return now - span }
    return instant(text)
  }

  /// "2026-11-27 09:30:05" in UTC: a form spreadsheets read as a date-time.
  public static func spreadsheetTime(_ millis: EpochMillis) -> String {
    let (date, clock) = utcParts(millis)
    return "\(date) \(clock)"
  }

  /// "2026-11-27T09:30:05.123Z".
  public static func iso8601(_ millis: EpochMillis) -> String {
    let (date, clock) = utcParts(millis)
    let fraction = Int(((millis % 1_000) + 1_000) % 1_000)
    return "\(date)T\(clock).\(pad(fraction, 3))Z"
  }

  /// "2026-11-27 09:30:05" in local time, as the officer reads post times on screen.
  public static func localTime(_ millis: EpochMillis) -> String {
    let (date, clock) = utcParts(localWall(millis))
    return "\(date) \(clock)"
  }

  /// "2026-11-27": the local date of an instant.
  public static func localDate(_ millis: EpochMillis) -> String {
    utcParts(localWall(millis)).0
  }

  /// Whether `millis` is exactly a local midnight (the start of a local day).
  public static func isLocalMidnight(_ millis: EpochMillis) -> Bool {
    let wall = localWall(millis)
    return wall % 86_400_000 == 0
  }

  /// The local time of an instant with its offset, "2026-11-27T09:30+01:00" ("...T09:30:05.123+01:00" when it has
  /// seconds or milliseconds): readable as the officer's own time and read back by `instant(_:)` as exactly
  /// `millis`. A zone whose offset is not whole minutes (local mean time before 1900) gets the UTC form.
  public static func localISO8601(_ millis: EpochMillis) -> String {
    let offset = LocalTime.offset(at: Int(floorDiv(millis, 1_000)))
    guard offset % 60 == 0 else { return iso8601(millis) }
    let (date, clock) = utcParts(millis + EpochMillis(offset) * 1_000)
    let fraction = Int(millis - floorDiv(millis, 1_000) * 1_000)
    var time = clock.hasSuffix(":00") && fraction == 0 ? String(clock.dropLast(3)) : clock
    if fraction != 0 { time += "." + pad(fraction, 3) }
    let sign = offset < 0 ? "-" : "+"
    let zone = offset == 0 ? "Z" : "\(sign)\(pad(abs(offset) / 3_600, 2)):\(pad(abs(offset) / 60 % 60, 2))"
    return "\(date)T\(time)\(zone)"
  }

  /// "15m", "1h", "24h", "2d", "1h30m": the shortest form of a duration, for titles.
  public static func shortDuration(_ millis: EpochMillis) -> String {
    var rest = millis / 1_000
    var parts = ""
    for (unit, size) in [("d", Int64(86_400)), ("h", 3_600), ("m", 60), ("s", 1)] where rest >= size {
      parts += "\(rest / size)\(unit)"
      rest %= size
    }
    return parts.isEmpty ? "0s" : parts
  }

  /// `millis` moved by the local offset in force at it: the local date and time as if they were UTC.
  private static func localWall(_ millis: EpochMillis) -> EpochMillis {
    millis + EpochMillis(LocalTime.offset(at: Int(floorDiv(millis, 1_000)))) * 1_000
  }

  private static func utcParts(_ millis: EpochMillis) -> (String, String) {
    let seconds = Int(millis >= 0 ? millis / 1_000 : (millis - 999) / 1_000)
    let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
    let secondOfDay = seconds - days * 86_400
    let (year, month, day) = ISOTime.civil(fromDays: Int64(days))
    let date = "\(pad(Int(year), 4))-\(pad(Int(month), 2))-\(pad(Int(day), 2))"
    let clock = "\(pad(secondOfDay / 3_600, 2)):\(pad(secondOfDay / 60 % 60, 2)):\(pad(secondOfDay % 60, 2))"
    return (date, clock)
  }

  private static func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}
