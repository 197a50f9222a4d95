import Foundation

/// Reading and writing complaint model files: readable JSON, one term per line, sorted, weights with four
/// decimals, so the same model always produces the same bytes.
///
/// ```json
/// {
///   "format": "civicpulse-complaint-model",
///   "version": 2,
///   "threshold": 0.5,
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
  public static let formatVersion = 2

  /// The members of a model file, read with the project's JSON scanner (`ComplaintModelJSON`).
  struct Document {
    var format: String?
    var version: Int?
    var threshold: Double = 0
    var bias: Double = 0
    var training: [String: Double]?
    var cues: [String: Double] = [:]
    var terms: [String: Double] = [:]
    /// The first missing or mistyped member after the header, reported once the header is known to be right.
    var problem: ComplaintModelError?
  }

  /// Loads a model file; a missing, unreadable, corrupt or incompatible file throws `ComplaintModelError`.
  public static func load(path: String) throws -> ComplaintModel {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw ComplaintModelError.missing(path: path)
    }
    if isDirectory.boolValue { throw ComplaintModelError.unreadable(path: path, reason: "it is a directory") }
    // Foundation refuses a pipe or a device with "You don't have permission", which sends one to chmod.
    let type = (try? FileManager.default.attributesOfItem(atPath: path))?[.type] as? FileAttributeType
    if let type, type != .typeRegular, type != .typeSymbolicLink {
      throw ComplaintModelError.unreadable(path: path, reason: "it is not a regular file (a pipe or a device)")
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
    guard document.version == Self.formatVersion else {
      throw ComplaintModelError.incompatible(
        path: source,
        reason:
          "format version \(document.version.map(String.init) ?? "missing"); this civicpulse reads version "
          + "\(Self.formatVersion) only (retrain the model with `civicpulse train`)"
      )
    }
    if let problem = document.problem { throw problem }
    guard document.threshold > 0, document.threshold < 1 else {
      throw ComplaintModelError.corrupt(path: source, reason: "threshold \(document.threshold) is not between 0 and 1")
    }
    guard document.bias.isFinite else { throw ComplaintModelError.corrupt(path: source, reason: "bias is not finite") }
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
    }
    self.init(
      bias: document.bias, threshold: document.threshold, cueWeights: cues, termWeights: document.terms,
      training: document.training ?? [:], source: source)
  }

  /// The model as JSON text (deterministic).
  public func jsonText() -> String {
    var out = "{\n"
    out += "  \"format\": \"\(Self.formatName)\",\n"
    out += "  \"version\": \(Self.formatVersion),\n"
    out += "  \"threshold\": \(Self.decimal(threshold)),\n"
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

  /// Writes the model file.
  public func save(to path: String) throws {
    do {
      try Data(jsonText().utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
      throw ComplaintModelError.unwritable(path: path, reason: ExportFile.reason(error, path: path))
    }
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
