import Foundation

/// Plain text lines: the whole line is the post text (its hashtags taken from it); arrival time is its time.
public enum PlainTextDecoder {
  public static func decode(_ record: Record, sourceName: String) -> DecodeResult {
    guard let text = String(validating: record.storage, as: UTF8.self) else {
      return .malformed(reason: "invalid UTF-8")
    }
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    if trimmed.isEmpty { return .skipped(reason: "blank line") }
    if trimmed.unicodeScalars.allSatisfy({ $0.properties.generalCategory == .control }) {
      return .malformed(reason: "control characters only (binary data?)")
    }
    let post = Post(
      id: "\(sourceName):\(record.line)", platform: .text, authorHandle: "", arrivalTime: record.arrivalTime,
      text: trimmed, hashtags: HashtagExtractor.extract(from: trimmed), kind: DecodeContext.kind(ofText: trimmed),
      source: sourceName)
    return .posts([post])
  }
}
