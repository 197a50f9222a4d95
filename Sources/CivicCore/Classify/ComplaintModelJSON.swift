import Foundation

/// Reads a complaint model file's members with the project's JSON scanner (`JSONScanner`): one validating pass,
/// then the members in place, numbers converted with `Double(String)`. Errors match what the file format reports:
/// invalid JSON or a mistyped header is corrupt at once; a missing or mistyped member after the header is kept in
/// `Document.problem`, so a file of another format or version is reported as incompatible first.
enum ComplaintModelJSON {
  static func read(_ json: Data, source: String) throws -> ComplaintModel.Document {
    let result = try json.withUnsafeBytes { bytes in
      try JSONScanner.withRoot(bytes) { root in try document(root, source: source) }
    }
    switch result {
    case .success(let document): return document
    case .failure(let error): throw ComplaintModelError.corrupt(path: source, reason: "not a JSON object (\(error))")
    }
  }

  private static func document(_ root: JSONValue, source: String) throws -> ComplaintModel.Document {
    guard root.isObject else {
      throw ComplaintModelError.corrupt(path: source, reason: "not a JSON object (wrong type at \"\")")
    }
    var document = ComplaintModel.Document()
    func wrongType(_ path: String) -> ComplaintModelError {
      .corrupt(path: source, reason: "wrong type at \"\(path)\"")
    }
    if let format = root["format"], !format.isNull {
      guard let text = format.string else {
        throw ComplaintModelError.corrupt(path: source, reason: "not a JSON object (wrong type at \"format\")")
      }
      document.format = text
    }
    if let version = root["version"], !version.isNull {
      guard version.isNumber, let value = version.int64, let int = Int(exactly: value) else {
        throw ComplaintModelError.corrupt(path: source, reason: "not a JSON object (wrong type at \"version\")")
      }
      document.version = int
    }
    func problem(_ error: ComplaintModelError) {
      if document.problem == nil { document.problem = error }
    }
    func number(_ name: StaticString) -> Double? {
      guard let value = root[name] else {
        problem(.corrupt(path: source, reason: "missing \"\(name)\""))
        return nil
      }
      guard let number = double(value) else {
        problem(wrongType("\(name)"))
        return nil
      }
      return number
    }
    func table(_ name: StaticString, optional: Bool) -> [String: Double]? {
      guard let value = root[name], !(optional && value.isNull) else {
        if !optional { problem(.corrupt(path: source, reason: "missing \"\(name)\"")) }
        return nil
      }
      guard value.isObject else {
        problem(wrongType("\(name)"))
        return nil
      }
      var members = 0
      value.forEachMember { _, _ in
        members += 1
        return true
      }
      var out: [String: Double] = [:]
      out.reserveCapacity(members)
      value.forEachMember { key, member in
        let key = key.string
        guard let number = double(member) else {
          problem(wrongType("\(name).\(key)"))
          return false
        }
        out[key] = number
        return true
      }
      return out
    }
    if let stem = root["stem_letters"], !stem.isNull {
      if stem.isNumber, let value = stem.int64, let int = Int(exactly: value) {
        document.stemLetters = int
      } else {
        problem(wrongType("stem_letters"))
      }
    }
    document.threshold = number("threshold") ?? 0
    document.bias = number("bias") ?? 0
    document.training = table("training", optional: true)
    document.cues = table("cues", optional: false) ?? [:]
    document.terms = table("terms", optional: false) ?? [:]
    return document
  }

  /// A JSON number's value exactly as `Double(String)` reads its text; nil for any other value.
  private static func double(_ value: JSONValue) -> Double? {
    guard value.isNumber else { return nil }
    return value.withRawBytes { Double(String(decoding: $0, as: UTF8.self)) }
  }
}
