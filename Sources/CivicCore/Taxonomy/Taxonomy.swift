import Foundation

/// A set of public services and the terms that route posts to them, read from a TOML file
/// (see `taxonomy/default.toml` for the format).
public struct Taxonomy: Sendable, Hashable {
  public var services: [ServiceDefinition]
  /// Street-type words ("road", "lane", ...) that make a preceding capitalised term a place name.
  public var placeWords: [String]
  /// Where the taxonomy came from: a file path or "built-in".
  public var source: String

  public init(services: [ServiceDefinition], placeWords: [String] = [], source: String = "") {
    self.services = services
    self.placeWords = placeWords
    self.source = source
  }

  /// The service with `id`, if any.
  public func service(id: String) -> ServiceDefinition? { services.first { $0.id == id } }

  /// Number of terms over all services.
  public var termCount: Int { services.reduce(0) { $0 + $1.termCount } }

  /// Parses and validates taxonomy TOML. Errors name `file` and the line to fix.
  public static func parse(_ text: String, file: String) throws(TaxonomyError) -> Taxonomy {
    try TaxonomyParser(text: text, file: file).parse()
  }

  /// Reads, parses and validates the taxonomy file at `path`.
  public static func load(path: String) throws(TaxonomyError) -> Taxonomy {
    if let problem = FileReadProblem.reason(path) {
      throw TaxonomyError(file: path, line: nil, message: "cannot read the file: \(problem)")
    }
    let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
    guard size <= maximumFileSize else {
      throw TaxonomyError(
        file: path, line: nil, message: "the file is \(size) bytes; a taxonomy is at most \(maximumFileSize) bytes")
    }
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw TaxonomyError(file: path, line: nil, message: "cannot read the file (\(error.localizedDescription))")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw TaxonomyError(file: path, line: nil, message: "the file is not valid UTF-8 text")
    }
    return try parse(text, file: path)
  }

  /// Larger files are refused (a taxonomy is a few tens of kilobytes; this guards against a wrong path).
  public static let maximumFileSize = 16 << 20

  /// The text of the built-in default taxonomy, exactly as shipped in `taxonomy/default.toml`.
  public static var defaultText: String { DefaultTaxonomy.text }

  /// The built-in default taxonomy (the text of `taxonomy/default.toml`, compiled in).
  public static let builtIn: Taxonomy = {
    do {
      return try parse(DefaultTaxonomy.text, file: "built-in")
    } catch {
      // Unreachable while the test that parses the built-in text passes; an empty taxonomy routes nothing.
      return Taxonomy(services: [], source: "built-in")
    }
  }()
}
