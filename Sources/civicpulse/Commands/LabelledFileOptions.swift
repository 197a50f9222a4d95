import ArgumentParser
import CivicCore
import Foundation

/// Options naming a labelled CSV file and its columns, shared by `train` and `eval`.
struct LabelledFileOptions: ParsableArguments {
  @Option(help: "CSV file of labelled texts.")
  var labels: String

  @Option(help: "1-based column holding the text.")
  var textCol: Int = 1

  @Option(help: "1-based column holding the label (1/0, yes/no, true/false).")
  var labelCol: Int = 2

  @Flag(
    help:
      "The first row is a header (default: detected from its label cell; with --positive, a label no other row has)."
  )
  var hasHeader = false

  @Flag(help: "The first row is data.")
  var noHeader = false

  @Option(help: "Read labels as: this value means complaint, any other value means not (e.g. --positive negative).")
  var positive: String?

  func validate() throws {
    guard textCol >= 1, labelCol >= 1 else { throw ValidationError("--text-col and --label-col are 1-based") }
    guard textCol != labelCol else { throw ValidationError("--text-col and --label-col must differ") }
    guard !(hasHeader && noHeader) else { throw ValidationError("use either --has-header or --no-header") }
  }

  /// Reads the file and prints a one-line summary (and the first bad rows) to standard error.
  func load() throws -> [LabelledText] {
    guard let data = FileManager.default.contents(atPath: labels) else {
      throw CommandFailure("cannot read labelled file '\(labels)': \(unreadableReason)")
    }
    var header: LabelledCSV.Header = hasHeader ? .present : noHeader ? .absent : .detect
    if header == .detect, let positive {
      header = Self.header([UInt8](data), labelColumn: labelCol - 1, positive: positive)
    }
    let result = LabelledCSV.examples(
      [UInt8](data), textColumn: textCol - 1, labelColumn: labelCol - 1, header: header,
      labels: positive.map { .positive($0) } ?? .binary)
    let complaints = result.examples.filter(\.complaint).count
    var summary = "\(labels): \(Plural.count(result.examples.count, "example")) "
    summary += "(\(Plural.count(complaints, "complaint")), \(result.examples.count - complaints) not), "
    summary += Plural.count(result.bad.count, "bad row")
    if result.headerSkipped { summary += ", header skipped" }
    StandardError.say(summary)
    for row in result.bad.prefix(5) { StandardError.say("  line \(row.line): \(row.reason)") }
    if result.bad.count > 5 {
      StandardError.say("  ... and \(Plural.count(result.bad.count - 5, "more bad row"))")
    }
    guard !result.examples.isEmpty else { throw CommandFailure("no usable examples in '\(labels)'") }
    return result.examples
  }
}

extension LabelledFileOptions {
  /// With `--positive` any value is a label, so the reader cannot tell a header by its label cell (a header
  /// "text,sentiment" was read as a text labelled "not a complaint"). The first row is a header when its label
  /// cell is not the positive value and no later row has the same label.
  static func header(_ bytes: [UInt8], labelColumn: Int, positive: String) -> LabelledCSV.Header {
    let rows = LabelledCSV.rows(bytes).rows
    func label(_ row: LabelledCSV.Row) -> String? {
      row.cells.count > labelColumn ? row.cells[labelColumn].trimmingCharacters(in: .whitespaces).lowercased() : nil
    }
    guard let first = rows.first, let name = label(first), name != positive.lowercased() else { return .absent }
    return rows.dropFirst().contains { label($0) == name } ? .absent : .present
  }

  /// Why the labelled file could not be read: missing, a directory, or not readable.
  var unreadableReason: String {
    guard let reason = FileReadProblem.reason(labels) else { return "it could not be read" }
    guard labels == "-", !FileManager.default.fileExists(atPath: labels) else { return reason }
    return reason + " (standard input is not read here: give a file)"
  }
}
