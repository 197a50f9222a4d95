/// Parses every timestamp form found in the supported formats, from UTF-8 bytes, without Foundation.
///
/// - Twitter: `Wed Oct 10 20:19:24 +0000 2018` (also `UTC`/`GMT` in place of the offset);
/// - ISO 8601 / RFC 3339: `2018-10-10T20:19:24Z`, any number of fractional digits, `Z`, `+00:00`, `+0000`,
///   `+00` or no offset (UTC assumed), a space instead of `T`, or a date alone;
/// - ISO 8601's basic format: `20181010T201924Z` (seconds optional, the same fractions and offsets) or a date alone,
///   `20181010` (eight digits that make a valid date read as one, not as epoch seconds of 1970-1973);
/// - `2015-02-24 11:35:52 -0800` (space before the offset);
/// - RFC 2822 / RFC 1123, as RSS feeds, e-mail and many exports write it: `Fri, 10 May 2024 09:00:00 GMT`,
///   `10 May 2024 09:00 +0100` (weekday and seconds optional; `GMT`, `UT`, `UTC`, `Z` or `±HHMM`);
/// - epoch seconds, milliseconds, microseconds or nanoseconds (told apart by magnitude), integer or fractional.
public enum TimestampParser {
  /// Milliseconds since the epoch, or nil when the text is not a timestamp this parser knows.
  public static func parse(_ text: String) -> EpochMillis? {
    var copy = text
    return copy.withUTF8 { parse($0) }
  }

  /// Milliseconds since the epoch, or nil when the bytes are not a timestamp this parser knows.
  public static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> EpochMillis? {
    var start = 0
    var end = bytes.count
    while start < end && bytes[start] == 0x20 { start += 1 }
    while end > start && bytes[end - 1] == 0x20 { end -= 1 }
    guard end > start else { return nil }
    var cursor = Cursor(bytes: bytes, i: start, end: end)
    if end - start == 24, let fast = compactISO8601(bytes, start) { return fast }
    let first = bytes[start]
    var rfc2822 = cursor
    if isDigit(first) {
      if end - start >= 10 && bytes[start + 4] == UInt8(ascii: "-") { return cursor.iso8601() }
      if end - start == 8 || (end - start > 8 && bytes[start + 8] | 0x20 == UInt8(ascii: "t")) {
        var basic = cursor
        if let time = basic.iso8601(basic: true) { return time }
      }
      return cursor.epoch() ?? rfc2822.rfc2822()
    }
    if isLetter(first) { return cursor.twitter() ?? rfc2822.rfc2822() }
    return nil
  }

  /// The common `2021-04-08T15:07:30.000Z` shape (Twitter v2, Mastodon, Bluesky), read without a cursor.
  @inline(__always)
  static func compactISO8601(_ b: UnsafeBufferPointer<UInt8>, _ s: Int) -> EpochMillis? {
    guard b[s + 4] == UInt8(ascii: "-"), b[s + 7] == UInt8(ascii: "-"), b[s + 10] == UInt8(ascii: "T"),
      b[s + 13] == UInt8(ascii: ":"), b[s + 16] == UInt8(ascii: ":"), b[s + 19] == UInt8(ascii: "."),
      b[s + 23] == UInt8(ascii: "Z")
    else { return nil }
    var ok = true
    @inline(__always) func number(_ at: Int, _ count: Int) -> Int {
      var value = 0
      for k in at..<(at + count) {
        let digit = b[s + k] &- UInt8(ascii: "0")
        ok = ok && digit < 10
        value = value * 10 + Int(digit)
      }
      return value
    }
    let year = number(0, 4)
    let month = number(5, 2)
    let day = number(8, 2)
    let hour = number(11, 2)
    let minute = number(14, 2)
    let second = number(17, 2)
    let fraction = number(20, 3)
    guard ok else { return nil }
    return millis(
      year: year, month: month, day: day, hour: hour, minute: minute, second: second, millis: fraction,
      offsetMinutes: 0)
  }

  /// `compactISO8601` of the 24 bytes at `p` (all readable), read as three 8-byte words: the separators of each
  /// word compared at once and its digits checked at once (high nibble 3, low nibble at most 9). The same result
  /// as `compactISO8601` for any bytes, in about half the instructions.
  @inline(__always)
  static func compactISO8601Words(_ p: UnsafePointer<UInt8>) -> EpochMillis? {
    let raw = UnsafeRawPointer(p)
    let a = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))  // "YYYY-MM-", first byte lowest
    let b = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))  // "DDTHH:MM"
    let c = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 16, as: UInt64.self))  // ":SS.mmmZ"
    // Digit bytes of each word, and what its other bytes must be.
    let digitsA: UInt64 = 0x00FF_FF00_FFFF_FFFF
    let digitsB: UInt64 = 0xFFFF_00FF_FF00_FFFF
    let digitsC: UInt64 = 0x00FF_FFFF_00FF_FF00
    guard a & ~digitsA == 0x2D00_002D_0000_0000, b & ~digitsB == 0x0000_3A00_0054_0000,
      c & ~digitsC == 0x5A00_0000_2E00_003A, allDigits(a, digitsA), allDigits(b, digitsB), allDigits(c, digitsC)
    else { return nil }
    @inline(__always) func digit(_ word: UInt64, _ index: Int) -> Int {
      Int(truncatingIfNeeded: (word &>> UInt64(8 * index)) & 0x0F)
    }
    @inline(__always) func two(_ word: UInt64, _ index: Int) -> Int { digit(word, index) * 10 + digit(word, index + 1) }
    return millis(
      year: two(a, 0) * 100 + two(a, 2), month: two(a, 5), day: two(b, 0), hour: two(b, 3), minute: two(b, 6),
      second: two(c, 1), millis: digit(c, 4) * 100 + two(c, 5), offsetMinutes: 0)
  }

  /// Whether every byte of `word` under `mask` (whole bytes) is an ASCII digit.
  @inline(__always) private static func allDigits(_ word: UInt64, _ mask: UInt64) -> Bool {
    let highs: UInt64 = 0xF0F0_F0F0_F0F0_F0F0 & mask
    let lows: UInt64 = 0x0F0F_0F0F_0F0F_0F0F & mask
    // High nibble 3, and low nibble + 6 stays below 16 (no carry leaves a byte: each nibble is at most 15).
    return word & highs == 0x3030_3030_3030_3030 & mask
      && ((word & lows) &+ (0x0606_0606_0606_0606 & mask)) & highs == 0
  }

  /// Days from 1970-01-01 to the given proleptic Gregorian date (Howard Hinnant's days_from_civil).
  static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// Days in `month` (1-12) of `year` (proleptic Gregorian: February has 29 in years divisible by 4, except
  /// centuries not divisible by 400).
  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c &- UInt8(ascii: "0") < 10 }
  @inline(__always) static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) &- UInt8(ascii: "a") < 26 }

  static func millis(
    year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, millis: Int, offsetMinutes: Int
  ) -> EpochMillis? {
    guard (1...12).contains(month), day >= 1, day <= 28 || day <= daysIn(month: month, year: year),
      (0...23).contains(hour), (0...59).contains(minute), (0...60).contains(second)
    else { return nil }
    let days = daysFromCivil(year: year, month: month, day: day)
    let seconds = ((days * 24 + hour) * 60 + minute - offsetMinutes) * 60 + second
    return EpochMillis(seconds) * 1000 + EpochMillis(millis)
  }

  /// A forward-only reader over the timestamp bytes.
  struct Cursor {
    let bytes: UnsafeBufferPointer<UInt8>
    var i: Int
    let end: Int

    var atEnd: Bool { i >= end }
    var peek: UInt8? { i < end ? bytes[i] : nil }

    mutating func take(_ c: UInt8) -> Bool {
      guard i < end, bytes[i] == c else { return false }
      i += 1
      return true
    }

    /// Exactly `count` digits as a number.
    mutating func digits(_ count: Int) -> Int? {
      guard i + count <= end else { return nil }
      var value = 0
      for k in 0..<count {
        let c = bytes[i + k]
        guard isDigit(c) else { return nil }
        value = value * 10 + Int(c - UInt8(ascii: "0"))
      }
      i += count
      return value
    }

    /// Fraction digits after a '.', as milliseconds (extra digits truncated).
    mutating func fractionMillis() -> Int {
      guard take(UInt8(ascii: ".")) || take(UInt8(ascii: ",")) else { return 0 }
      var value = 0
      var count = 0
      while let c = peek, isDigit(c) {
        if count < 3 { value = value * 10 + Int(c - UInt8(ascii: "0")) }
        count += 1
        i += 1
      }
      while count < 3 {
        value *= 10
        count += 1
      }
      return value
    }

    /// `Z`, `UTC`, `GMT`, `±HH:MM`, `±HHMM`, `±HH` or nothing (UTC); nil when something else follows.
    mutating func offsetMinutes() -> Int? {
      _ = take(0x20)
      guard let c = peek else { return 0 }
      if c == UInt8(ascii: "Z") || c == UInt8(ascii: "z") {
        i += 1
        return 0
      }
      if matchWord("UTC") || matchWord("GMT") { return 0 }
      guard c == UInt8(ascii: "+") || c == UInt8(ascii: "-") else { return nil }
      i += 1
      guard let hours = digits(2) else { return nil }
      var minutes = 0
      if !atEnd {
        _ = take(UInt8(ascii: ":"))
        guard let m = digits(2) else { return nil }
        minutes = m
      }
      return Cursor.offset(sign: c, hours: hours, minutes: minutes)
    }

    /// Signed minutes of a `±HH[MM]` offset, or nil when its hours or minutes are out of range (RFC 3339: hours
    /// 00-23, minutes 00-59), so `+25:00` or `+05:99` is no timestamp rather than a shifted one.
    static func offset(sign: UInt8, hours: Int, minutes: Int) -> Int? {
      guard hours <= 23, minutes <= 59 else { return nil }
      let total = hours * 60 + minutes
      return sign == UInt8(ascii: "-") ? -total : total
    }

    mutating func matchWord(_ word: StaticString) -> Bool {
      let length = word.utf8CodeUnitCount
      guard i + length <= end else { return false }
      for k in 0..<length where bytes[i + k] != word.utf8Start[k] { return false }
      i += length
      return true
    }

    /// ISO 8601 in its extended format (`2018-10-10T20:19:24Z`, or a space for the `T`) or, when `basic`, its basic
    /// one (`20181010T201924Z`, the `T` required): the same fields without the `-` and `:` between them.
    mutating func iso8601(basic: Bool = false) -> EpochMillis? {
      let dash = UInt8(ascii: "-")
      let colon = UInt8(ascii: ":")
      guard let year = digits(4), basic || take(dash), let month = digits(2), basic || take(dash), let day = digits(2)
      else { return nil }
      if atEnd {
        return millis(year: year, month: month, day: day, hour: 0, minute: 0, second: 0, millis: 0, offsetMinutes: 0)
      }
      guard take(UInt8(ascii: "T")) || take(UInt8(ascii: "t")) || (!basic && take(0x20)), let hour = digits(2),
        basic || take(colon), let minute = digits(2)
      else { return nil }
      var second = 0
      if basic ? peek.map(isDigit) == true : take(colon) {
        guard let s = digits(2) else { return nil }
        second = s
      }
      let fraction = fractionMillis()
      guard let offset = offsetMinutes(), atEnd else { return nil }
      return millis(
        year: year, month: month, day: day, hour: hour, minute: minute, second: second, millis: fraction,
        offsetMinutes: offset)
    }

    /// `Wed Oct 10 20:19:24 +0000 2018`.
    mutating func twitter() -> EpochMillis? {
      // Weekday name (ignored) and month name.
      while let c = peek, isLetter(c) { i += 1 }
      guard take(0x20), i + 3 <= end, let month = monthNumber(bytes[i], bytes[i + 1], bytes[i + 2]) else {
        return nil
      }
      i += 3
      guard take(0x20) else { return nil }
      _ = take(0x20)
      var day = 0
      var dayDigits = 0
      while let c = peek, isDigit(c), dayDigits < 2 {
        day = day * 10 + Int(c - UInt8(ascii: "0"))
        dayDigits += 1
        i += 1
      }
      guard dayDigits > 0, take(0x20), let hour = digits(2), take(UInt8(ascii: ":")), let minute = digits(2),
        take(UInt8(ascii: ":")), let second = digits(2), take(0x20)
      else { return nil }
      var offset = 0
      if matchWord("UTC") || matchWord("GMT") {
        offset = 0
      } else if let c = peek, c == UInt8(ascii: "+") || c == UInt8(ascii: "-") {
        i += 1
        guard let hh = digits(2), let mm = digits(2), let signed = Cursor.offset(sign: c, hours: hh, minutes: mm)
        else { return nil }
        offset = signed
      } else {
        return nil
      }
      guard take(0x20), let year = digits(4), atEnd else { return nil }
      return millis(
        year: year, month: month, day: day, hour: hour, minute: minute, second: second, millis: 0,
        offsetMinutes: offset)
    }

    /// `Fri, 10 May 2024 09:00:00 GMT` or `10 May 2024 09:00 +0100`.
    mutating func rfc2822() -> EpochMillis? {
      if let c = peek, isLetter(c) {
        while let c = peek, isLetter(c) { i += 1 }
        guard take(UInt8(ascii: ",")) else { return nil }
        _ = take(0x20)
      }
      let day: Int
      if let two = digits(2) { day = two } else if let one = digits(1) { day = one } else { return nil }
      guard take(0x20), i + 3 <= end, let month = monthNumber(bytes[i], bytes[i + 1], bytes[i + 2]) else {
        return nil
      }
      i += 3
      guard take(0x20), let year = digits(4), take(0x20), let hour = digits(2), take(UInt8(ascii: ":")),
        let minute = digits(2)
      else { return nil }
      var second = 0
      if take(UInt8(ascii: ":")) {
        guard let s = digits(2) else { return nil }
        second = s
      }
      guard take(0x20) else { return nil }
      var offset = 0
      if let c = peek, c == UInt8(ascii: "+") || c == UInt8(ascii: "-") {
        i += 1
        guard let hh = digits(2), let mm = digits(2), let signed = Cursor.offset(sign: c, hours: hh, minutes: mm)
        else { return nil }
        offset = signed
      } else if !(matchWord("GMT") || matchWord("UTC") || matchWord("UT") || matchWord("Z")) {
        return nil
      }
      guard atEnd else { return nil }
      return millis(
        year: year, month: month, day: day, hour: hour, minute: minute, second: second, millis: 0,
        offsetMinutes: offset)
    }

    /// Seconds, ms, µs or ns since the epoch, told apart by magnitude; fractional parts allowed.
    mutating func epoch() -> EpochMillis? {
      var whole: Int64 = 0
      var wholeDigits = 0
      while let c = peek, isDigit(c) {
        guard wholeDigits < 19 else { return nil }
        whole = whole * 10 + Int64(c - UInt8(ascii: "0"))
        wholeDigits += 1
        i += 1
      }
      // Up to 3 fraction digits matter for seconds (ms precision); more are truncated.
      let fraction = Int64(peek == UInt8(ascii: ".") ? fractionMillis() : 0)
      guard atEnd, wholeDigits > 0 else { return nil }
      switch whole {
      case ..<100_000_000_000: return whole * 1000 + fraction
      case ..<100_000_000_000_000: return whole
      case ..<100_000_000_000_000_000: return whole / 1000
      default: return whole / 1_000_000
      }
    }

    func monthNumber(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Int? {
      let key = (UInt32(a | 0x20) << 16) | (UInt32(b | 0x20) << 8) | UInt32(c | 0x20)
      switch key {
      case 0x6A_616E: return 1  // jan
      case 0x66_6562: return 2  // feb
      case 0x6D_6172: return 3  // mar
      case 0x61_7072: return 4  // apr
      case 0x6D_6179: return 5  // may
      case 0x6A_756E: return 6  // jun
      case 0x6A_756C: return 7  // jul
      case 0x61_7567: return 8  // aug
      case 0x73_6570: return 9  // sep
      case 0x6F_6374: return 10  // oct
      case 0x6E_6F76: return 11  // nov
      case 0x64_6563: return 12  // dec
      default: return nil
      }
    }
  }
}
