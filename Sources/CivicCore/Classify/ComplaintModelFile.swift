import Foundation

/// Reading and writing complaint model files: readable JSON, one term per line, sorted, weights with four
/// decimals, so the same model always produces the same bytes.
///
/// ```json
/// {
///   "format": "civicpulse-complaint-model",
///   "version": 2,
///   "threshold": 0.5,
///   "stem_letters": 5,        (version 3 only)
///   "bias": -0.4321,
///   "training": { "documents": 5000 },
///   "cues": { "again": 0.61, ... },
///   "terms": { "still waiting": 1.2034, ... }
/// }
/// ```
extension ComplaintModel {
  public static let formatName = "civicpulse-complaint-model"
  /// Version 2 added negated terms ("not_word") and the cues `negated_praise`, `negated_negative`,
  /// `many_negative` and `many_praise`: a version 1 model was trained without them and would score differently.
  /// Version 3 added stem terms ("disap…") and `stem_letters`, their length: a civicpulse that reads version 2
  /// only would never visit them, so it refuses the file instead of scoring without them. A model without stems
  /// is still written as version 2, and both are read.
  public static let formatVersion = 3
  /// The oldest version this civicpulse reads.
  public static let oldestFormatVersion = 2
  /// Longest stem `stem_letters` may ask for.
  public static let maxStemLetters = 8

  /// The members of a model file, read with the project's JSON scanner (`ComplaintModelJSON`).
  struct Document {
    var format: String?
    var version: Int?
    var threshold: Double = 0
    var bias: Double = 0
    var stemLetters: Int?
    var training: [String: Double]?
    var cues: [String: Double] = [:]
    var terms: [String: Double] = [:]
    /// The first missing or mistyped member after the header, reported once the header is known to be right.
    var problem: ComplaintModelError?
  }

  /// Loads a model file; a missing, unreadable, corrupt or incompatible file throws `ComplaintModelError`, with
  /// `FileReadProblem`'s reason for a file that cannot be read.
  public static func load(path: String) throws -> ComplaintModel {
    if let reason = FileReadProblem.reason(path) {
      if reason == FileReadProblem.doesNotExist { throw ComplaintModelError.missing(path: path) }
      throw ComplaintModelError.unreadable(path: path, reason: reason)
    }
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw ComplaintModelError.unreadable(path: path, reason: error.localizedDescription)
    }
    return try ComplaintModel(json: data, source: path)
  }

  /// Parses model JSON; `source` names it in errors.
  public init(json: Data, source: String) throws {
    let document = try ComplaintModelJSON.read(json, source: source)
    guard document.format == Self.formatName else {
      throw ComplaintModelError.incompatible(
        path: source,
        reason: "\"format\" is \(document.format.map { "'\($0)'" } ?? "missing"), expected '\(Self.formatName)'")
    }
    guard let version = document.version, (Self.oldestFormatVersion...Self.formatVersion).contains(version) else {
      throw ComplaintModelError.incompatible(
        path: source,
        reason:
          "format version \(document.version.map(String.init) ?? "missing"); this civicpulse reads versions "
          + "\(Self.oldestFormatVersion) to \(Self.formatVersion) only (retrain the model with `civicpulse train`)"
      )
    }
    if let problem = document.problem { throw problem }
    guard document.threshold > 0, document.threshold < 1 else {
      throw ComplaintModelError.corrupt(path: source, reason: "threshold \(document.threshold) is not between 0 and 1")
    }
    guard document.bias.isFinite else { throw ComplaintModelError.corrupt(path: source, reason: "bias is not finite") }
    let stemLetters = version >= 3 ? document.stemLetters ?? 0 : 0
    guard (0...Self.maxStemLetters).contains(stemLetters) else {
      throw ComplaintModelError.corrupt(
        path: source, reason: "stem_letters \(stemLetters) is not between 0 and \(Self.maxStemLetters)")
    }
    var cues: [ComplaintCue: Double] = [:]
    for (name, weight) in document.cues {
      guard let cue = ComplaintCue(name: name) else {
        throw ComplaintModelError.incompatible(path: source, reason: "unknown cue '\(name)'")
      }
      guard weight.isFinite else { throw ComplaintModelError.corrupt(path: source, reason: "cue '\(name)' weight") }
      cues[cue] = weight
    }
    for (term, weight) in document.terms {
      guard ComplaintTermHash.isOneOrTwoWords(term) else {
        throw ComplaintModelError.corrupt(path: source, reason: "term '\(term)' is not one word or two words")
      }
      guard weight.isFinite else { throw ComplaintModelError.corrupt(path: source, reason: "term '\(term)' weight") }
      if let stem = ComplaintTermHash.stem(in: term, otherThan: stemLetters) {
        throw ComplaintModelError.corrupt(
          path: source, reason: "stem '\(stem)' of term '\(term)' does not have stem_letters (\(stemLetters)) letters")
      }
    }
    self.init(
      bias: document.bias, threshold: document.threshold, cueWeights: cues, termWeights: document.terms,
      stemLetters: stemLetters, training: document.training ?? [:], source: source)
  }

  /// The model as JSON text (deterministic).
  public func jsonText() -> String {
    var out = "{\n"
    out += "  \"format\": \"\(Self.formatName)\",\n"
    out += "  \"version\": \(stemLetters > 0 ? Self.formatVersion : Self.oldestFormatVersion),\n"
    out += "  \"threshold\": \(Self.decimal(threshold)),\n"
    if stemLetters > 0 { out += "  \"stem_letters\": \(stemLetters),\n" }
    out += "  \"bias\": \(Self.decimal(bias)),\n"
    out += "  \"training\": {"
    out += training.keys.sorted().map { " \(Self.quoted($0)): \(Self.decimal(training[$0] ?? 0))" }.joined(
      separator: ",")
    out += " },\n"
    out += "  \"cues\": {\n"
    out += ComplaintCue.allCases.map { "    \(Self.quoted($0.name)): \(Self.decimal(cueWeights[$0.rawValue]))" }
      .joined(separator: ",\n")
    out += "\n  },\n"
    out += "  \"terms\": {\n"
    out += termWeights.keys.sorted().map { "    \(Self.quoted($0)): \(Self.decimal(termWeights[$0] ?? 0))" }
      .joined(separator: ",\n")
    out += "\n  }\n}\n"
    return out
  }

  /// A number with at most four decimals and no exponent, e.g. "-0.0312" or "2".
  static func decimal(_ value: Double) -> String {
    let scaled = (value * 10_000).rounded()
    guard scaled.isFinite, abs(scaled) < 9e15 else { return "0" }
    let units = Int64(scaled)
    let magnitude = units.magnitude
    var text = "\(magnitude / 10_000)"
    var fraction = "\(magnitude % 10_000)"
    while fraction.count < 4 { fraction = "0" + fraction }
    while fraction.hasSuffix("0") { fraction.removeLast() }
    if !fraction.isEmpty { text += "." + fraction }
    return units < 0 ? "-" + text : text
  }

  /// A JSON string literal.
  static func quoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }
}
