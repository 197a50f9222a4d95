import Foundation

/// Pretty, stable JSON text for exports (sorted keys, slashes unescaped, trailing newline).
enum JSONEncoding {
  static func encode<Value: Encodable>(_ value: Value) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    // Plain strings, numbers and bools only: encoding cannot fail except on non-finite doubles.
    guard let data = try? encoder.encode(value), let text = String(data: data, encoding: .utf8) else {
      return "[]\n"
    }
    return text + "\n"
  }
}
