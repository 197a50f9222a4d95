import Foundation
import TOMLKit

/// Turns taxonomy TOML into a validated `Taxonomy`, reporting problems with their file and line: a TOML syntax
/// error alone, problems in the content all together (the first thrown, the rest in its `further`).
///
/// TOML syntax errors carry their line from the TOML parser; for errors in the content (a missing id, a
/// duplicate id, an empty keyword) the line is found by scanning the text for the offending `[[service]]`
/// table, key or value.
struct TaxonomyParser {
  let text: String
  let file: String
  private let lines: [Substring]
  /// 0-based line index of each `[[service]]` header, in order.
  private let headers: [Int]

  static let serviceKeys = [
    "id", "name", "description", "group", "colour", "color", "weight", "keywords", "weak", "hashtags", "handles",
    "exclude",
  ]
  static let topLevelKeys = ["service", "place_words"]
  static let maximumServices = 10_000
  static let colourNames: Set<String> = [
    "default", "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white", "gray", "grey",
    "bright-black", "bright-red", "bright-green", "bright-yellow", "bright-blue", "bright-magenta", "bright-cyan",
    "bright-white",
  ]

  init(text: String, file: String) {
    self.text = text
    self.file = file
    let lines = TaxonomyParser.lines(of: text)
    self.lines = lines
    headers = lines.indices.filter {
      TaxonomyParser.mayBeHeader(lines[$0]) && TaxonomyParser.code(of: lines[$0]) == "[[service]]"
    }
  }

  /// The text's lines: split at each LF byte, with the CR of a CR LF line ending dropped (files saved by Windows
  /// editors), so that a CR LF file's problems are named by their real line numbers. Splitting the bytes reads
  /// no Characters (reading them cost a third of a start's parsing); LF and CR are always scalar boundaries.
  static func lines(of text: String) -> [Substring] {
    text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { line in
      Substring(line.last == 0x0D ? line.dropLast() : line)
    }
  }

  /// False for a line whose `code` cannot be a header: its first byte that is no ASCII space or control is
  /// ASCII and not "[" (checked first, as `code` is slow: reading Characters costs most of a start's parsing).
  private static func mayBeHeader(_ line: Substring) -> Bool {
    for byte in line.utf8 where byte > 0x20 { return byte == UInt8(ascii: "[") || byte >= 0x80 }
    return false
  }

  /// A line without its comment and whitespace (good enough for headers and `key =` lines).
  private static func code(of line: Substring) -> String {
    var code = line
    if let hash = line.firstIndex(of: "#"), !line[..<hash].contains("\"") { code = line[..<hash] }
    return code.filter { !$0.isWhitespace }
  }

  private func error(_ line: Int?, _ message: String) -> TaxonomyError {
    TaxonomyError(file: file, line: line, message: message)
  }

  /// Lines (0-based, half-open) of service `index`; the top level before the first header for `nil`.
  private func range(ofService index: Int?) -> Range<Int> {
    guard let index else { return 0..<(headers.first ?? lines.count) }
    guard index < headers.count else { return 0..<lines.count }
    return headers[index]..<(index + 1 < headers.count ? headers[index + 1] : lines.count)
  }

  /// 1-based line of the `[[service]]` header of service `index`, if found.
  private func headerLine(_ index: Int) -> Int? { index < headers.count ? headers[index] + 1 : nil }

  /// 1-based line where `key` is set in service `index` (or at top level), falling back to the header.
  private func keyLine(_ key: String, service index: Int?) -> Int? {
    for i in range(ofService: index) where TaxonomyParser.code(of: lines[i]).hasPrefix(key + "=") { return i + 1 }
    return index.flatMap(headerLine)
  }

  /// 1-based line holding the string `value` of `key` in service `index`, falling back to the key's line.
  private func valueLine(_ value: String, key: String, service index: Int?) -> Int? {
    let start = (keyLine(key, service: index) ?? 1) - 1
    let quoted = "\"" + value + "\""
    let literal = "'" + value + "'"
    for i in start..<range(ofService: index).upperBound where i >= 0 {
      if i > start && TaxonomyParser.code(of: lines[i]).contains("=") { break }
      if lines[i].contains(quoted) || lines[i].contains(literal) { return i + 1 }
    }
    return start + 1
  }

  func parse() throws(TaxonomyError) -> Taxonomy {
    // The TOML parser reads a C string: a NUL byte would silently cut the file short.
    if let nul = lines.firstIndex(where: { $0.utf8.contains(0) }) {
      throw error(nul + 1, "the file contains a NUL byte (is it a text file?)")
    }
    let root: TOMLTable
    do {
      root = try TOMLTable(string: text)
    } catch let parseError as TOMLParseError {
      throw error(parseError.source.begin.line, parseError.description)
    } catch {
      throw self.error(nil, "cannot parse the file as TOML")
    }
    return try withExtendedLifetime(root) { () throws(TaxonomyError) -> Taxonomy in
      var problems: [TaxonomyError] = []
      let taxonomy = validate(root, problems: &problems)
      if let first = Self.combined(problems) { throw first }
      guard let taxonomy else { throw error(1, "no services: add at least one [[service]] table") }
      return taxonomy
    }
  }

  /// The problems in line order (found order within a line), repeats removed: the first with the others as its
  /// `further`, or `nil` when there are none.
  private static func combined(_ problems: [TaxonomyError]) -> TaxonomyError? {
    var seen: Set<TaxonomyError> = []
    let ordered = problems.enumerated()
      .sorted { ($0.element.line ?? 0, $0.offset) < ($1.element.line ?? 0, $1.offset) }
      .map(\.element)
      .filter { seen.insert($0).inserted }
    guard var first = ordered.first else { return nil }
    first.further = Array(ordered.dropFirst())
    return first
  }

  /// Checks the parsed TOML, recording every problem it can find in `problems`; the taxonomy when it has services.
  private func validate(_ root: TOMLTable, problems: inout [TaxonomyError]) -> Taxonomy? {
    for key in root.keys where !TaxonomyParser.topLevelKeys.contains(key) {
      problems.append(
        error(
          keyLine(key, service: nil) ?? 1,
          "unknown top-level key \"\(key)\" (expected [[service]] tables and place_words)"))
    }
    var placeWords: [String] = []
    if let value = root["place_words"] {
      placeWords = strings(value, key: "place_words", service: nil, problems: &problems)
      for word in placeWords where TextScanner.words(of: word).count != 1 {
        problems.append(
          error(valueLine(word, key: "place_words", service: nil), "place word \"\(word)\" must be one word"))
      }
    }
    guard let serviceValue = root["service"] else {
      problems.append(error(1, "no services: add at least one [[service]] table"))
      return nil
    }
    guard let array = serviceValue.array else {
      problems.append(
        error(keyLine("service", service: nil) ?? 1, "\"service\" must be an array of tables ([[service]])"))
      return nil
    }
    var services: [ServiceDefinition] = []
    var firstDefined: [String: String] = [:]  // id -> where its first service is: "line 3", or "service 1" inline
    for (index, element) in array.enumerated() {
      guard let table = element.table else {
        problems.append(error(headerLine(index) ?? keyLine("service", service: nil), "each service must be a table"))
        continue
      }
      guard let service = parseService(table, index: index, problems: &problems) else { continue }
      if let first = firstDefined[service.id] {
        problems.append(
          error(
            keyLine("id", service: index) ?? keyLine("service", service: nil),
            "duplicate service id \"\(service.id)\" (first defined \(first))"))
        continue
      }
      firstDefined[service.id] =
        service.line > 0 ? "on line \(service.line)" : "by service \(index + 1) of \"service\""
      services.append(service)
    }
    guard !services.isEmpty || !problems.isEmpty else {
      problems.append(error(1, "no services: add at least one [[service]] table"))
      return nil
    }
    if services.count > TaxonomyParser.maximumServices {
      problems.append(
        error(
          headerLine(TaxonomyParser.maximumServices), "too many services (at most \(TaxonomyParser.maximumServices))"))
    }
    return services.isEmpty ? nil : Taxonomy(services: services, placeWords: placeWords, source: file)
  }

  /// One service, its problems recorded in `problems`; `nil` when it has no usable id (a bad id still yields the
  /// service, so a later duplicate of it is found too).
  private func parseService(_ table: TOMLTable, index: Int, problems: inout [TaxonomyError]) -> ServiceDefinition? {
    let header = headerLine(index)
    let problemsBefore = problems.count
    for key in table.keys where !TaxonomyParser.serviceKeys.contains(key) {
      problems.append(
        error(
          keyLine(key, service: index),
          "unknown key \"\(key)\" in a service (expected one of: \(TaxonomyParser.serviceKeys.joined(separator: ", ")))"
        ))
    }
    var id: String?
    if let idValue = table["id"] {
      id = idValue.string
      if id == nil { problems.append(error(keyLine("id", service: index), "\"id\" must be a string")) }
    } else {
      problems.append(error(header, "service is missing \"id\""))
    }
    if let id, !Self.isValidID(id) {
      problems.append(
        error(
          keyLine("id", service: index),
          "id \"\(id)\" must be lowercase letters, digits, \"-\" or \"_\" (e.g. \"roads\")"))
    }
    var service = ServiceDefinition(id: id ?? "", line: header ?? 0)
    service.name = optionalString(table, "name", index, problems: &problems) ?? service.id
    service.description = optionalString(table, "description", index, problems: &problems)
    service.group = optionalString(table, "group", index, problems: &problems)
    if table["colour"] != nil && table["color"] != nil {
      problems.append(error(keyLine("color", service: index), "set either \"colour\" or \"color\", not both"))
    }
    let colourKey = table["color"] != nil ? "color" : "colour"
    if let colour = optionalString(table, colourKey, index, problems: &problems)?.lowercased() {
      if TaxonomyParser.isColour(colour) {
        service.colour = colour
      } else {
        problems.append(
          error(
            keyLine(colourKey, service: index),
            "\"\(colourKey)\" must be a colour name (red, green, yellow, blue, magenta, cyan, white, black, grey, "
              + "bright-...) or \"#rrggbb\", not \"\(colour)\""))
      }
    }
    if let weight = table["weight"] {
      if let number = weight.double ?? weight.int.map(Double.init), number.isFinite, number > 0, number <= 1000 {
        service.weight = number
      } else {
        problems.append(
          error(keyLine("weight", service: index), "\"weight\" must be a number greater than 0 (at most 1000)"))
      }
    }
    service.keywords = terms(table, "keywords", index, problems: &problems)
    service.weak = terms(table, "weak", index, problems: &problems)
    service.exclude = terms(table, "exclude", index, problems: &problems)
    service.hashtags = tokens(
      table, "hashtags", index, prefix: "#", kind: .hashtag, what: "hashtag", problems: &problems)
    service.handles = tokens(table, "handles", index, prefix: "@", kind: .handle, what: "handle", problems: &problems)
    // Only for an otherwise sound service: a misspelt key or a dropped bad term would make this a knock-on error.
    if problems.count == problemsBefore && service.keywords.isEmpty && service.weak.isEmpty && service.hashtags.isEmpty
      && service.handles.isEmpty
    {
      problems.append(error(header, "service \"\(service.id)\" has no keywords, weak terms, hashtags or handles"))
    }
    return id == nil ? nil : service
  }

  static func isValidID(_ id: String) -> Bool {
    !id.isEmpty
      && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }
  }

  static func isColour(_ colour: String) -> Bool {
    if colourNames.contains(colour) { return true }
    let hex = colour.utf8
    return hex.count == 7 && hex.first == UInt8(ascii: "#")
      && hex.dropFirst().allSatisfy { ($0 &- 0x30) < 10 || ($0 &- 0x61) < 6 }
  }

  private func optionalString(_ table: TOMLTable, _ key: String, _ index: Int, problems: inout [TaxonomyError])
    -> String?
  {
    guard let value = table[key] else { return nil }
    guard let string = value.string else {
      problems.append(error(keyLine(key, service: index), "\"\(key)\" must be a string"))
      return nil
    }
    return string
  }

  /// The strings of an array value, each bad element recorded in `problems` and left out.
  private func strings(
    _ value: TOMLValueConvertible, key: String, service index: Int?, problems: inout [TaxonomyError]
  ) -> [String] {
    guard let array = value.array else {
      problems.append(
        error(keyLine(key, service: index), "\"\(key)\" must be an array of strings, like [\"word\", \"a phrase\"]"))
      return []
    }
    var result: [String] = []
    for element in array {
      guard let string = element.string else {
        problems.append(error(keyLine(key, service: index), "\"\(key)\" must contain only strings"))
        continue
      }
      let trimmed = Self.trimmed(string)
      guard !trimmed.isEmpty else {
        problems.append(error(valueLine(string, key: key, service: index), "empty string in \"\(key)\""))
        continue
      }
      result.append(trimmed)
    }
    return result
  }

  /// `string.trimmingCharacters(in: .whitespaces)`, without its cost (a large share of loading the built-in
  /// taxonomy at every start) for the usual string that neither starts nor ends with white space.
  static func trimmed(_ string: String) -> String {
    guard let first = string.unicodeScalars.first, let last = string.unicodeScalars.last else { return string }
    let spaces = CharacterSet.whitespaces
    guard spaces.contains(first) || spaces.contains(last) else { return string }
    return string.trimmingCharacters(in: spaces)
  }

  /// Keywords, weak terms and exclusions: each must contain at least one word.
  private func terms(_ table: TOMLTable, _ key: String, _ index: Int, problems: inout [TaxonomyError]) -> [String] {
    guard let value = table[key] else { return [] }
    return strings(value, key: key, service: index, problems: &problems).filter { term in
      let words = RouterTables.hasNumberPlaceholder(term) ? RouterTables.termWords(term) : nil
      if let words, !words.contains(where: { $0 != RouterTables.numberMarker }) {
        problems.append(
          error(
            valueLine(term, key: key, service: index),
            "term \"\(term)\" in \"\(key)\" has only {n}, which would match every number: "
              + "write it with a word, such as \"route {n}\""))
        return false
      }
      if words != nil || TextScanner.hasWord(term) { return true }
      problems.append(
        error(valueLine(term, key: key, service: index), "term \"\(term)\" in \"\(key)\" has no letters or digits"))
      return false
    }
  }

  /// Hashtags and handles: each must read as exactly one hashtag or handle token.
  private func tokens(
    _ table: TOMLTable, _ key: String, _ index: Int, prefix: Character, kind: TextScanner.Kind, what: String,
    problems: inout [TaxonomyError]
  ) -> [String] {
    guard let value = table[key] else { return [] }
    var result: [String] = []
    for raw in strings(value, key: key, service: index, problems: &problems) {
      let bare = raw.first == prefix ? String(raw.dropFirst()) : raw
      var probe = String(prefix) + bare
      let whole = probe.withUTF8 { buffer -> Bool in
        var scanner = TextScanner(buffer)
        guard let token = scanner.next(), token.kind == kind, token.start == 1, token.end == buffer.count else {
          return false
        }
        return scanner.next() == nil
      }
      guard whole else {
        problems.append(
          error(
            valueLine(raw, key: key, service: index),
            "\(what) \"\(raw)\" must be a single \(what) of letters, digits and \"_\""))
        continue
      }
      result.append(bare)
    }
    return result
  }
}
