import Foundation

/// Turns triage corrections into training data for `civicpulse train --labels`: a `text,label` CSV where posts
/// whose current status is handled or escalated are complaints (1) and "not a complaint" posts are 0. Open posts
/// (never marked, or with every status mark undone) and notes give no label.
public enum LabelExporter {
  public struct Row: Sendable, Hashable {
    public var text: String
    public var label: Int
  }

  /// Labels from the current states, in the order of each post's newest mark. Posts without a stored copy or
  /// with empty text are skipped.
  public static func rows(states: [String: TriageState], posts: [String: TriagedPost]) -> [Row] {
    states.sorted { $0.value.lastMarkID < $1.value.lastMarkID }.compactMap { postID, state in
      let label: Int
      switch state.status {
      case .handled, .escalated: label = 1
      case .notComplaint: label = 0
      case .open: return nil
      }
      guard let post = posts[postID] else { return nil }
      let text = oneLine(post.text)
      return text.isEmpty ? nil : Row(text: text, label: label)
    }
  }

  /// The CSV file: header `text,label`, LF line ends, text quoted as needed but otherwise as the post said it. No
  /// spreadsheet formula guard: the file is for `train`, which would learn a guard's apostrophe as part of the text.
  public static func csv(_ rows: [Row]) -> String {
    var writer = CSVWriter(lineEnding: "\n")
    writer.row(["text", "label"])
    for row in rows {
      writer.row([.verbatim(row.text), .number(String(row.label))])
    }
    return writer.text
  }

  /// Line breaks and tabs become single spaces (the classifier treats them as spaces anyway), so every label
  /// row is one line for line-based readers.
  private static func oneLine(_ text: String) -> String {
    let words = text.split(whereSeparator: { $0.isNewline || $0 == "\t" })
    return words.joined(separator: " ").trimmingCharacters(in: .whitespaces)
  }
}
