import CivicTestSupport
import XCTest

@testable import CivicCore

final class TaxonomyParserTests: XCTestCase {
  static let requiredIDs = [
    "waste", "flytipping", "street-cleaning", "roads", "pavements", "street-lighting", "traffic", "parking", "buses",
    "rail", "drainage", "water", "parks", "noise", "housing", "homelessness", "health", "social-care", "schools",
    "council-tax", "libraries",
  ]

  static var packageRoot: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
  }

  func parseError(_ text: String) -> TaxonomyError? {
    do {
      _ = try Taxonomy.parse(text, file: "t.toml")
      return nil
    } catch {
      return error
    }
  }

  /// The parser's trimming shortcut gives what Foundation's trimming gives, for every kind of white space.
  func testTrimmedEqualsTrimmingWhitespaces() {
    let samples = [
      "", " ", "\t", "bins", " bins", "bins ", "\tbins\t", "fly tipping", "  a b  ", "\u{A0}nbsp\u{A0}",
      "\u{3000}ideographic", "thin\u{2009}", "\nnewline\n", "é", " café ", "\u{200B}zero width", "👍 ", " 👍",
    ]
    for sample in samples {
      XCTAssertEqual(TaxonomyParser.trimmed(sample), sample.trimmingCharacters(in: .whitespaces), sample)
    }
  }

  /// Splitting the bytes at LF gives the Characters' split for texts without CR; a CR LF text gives the lines of
  /// the same text with LF endings (a lone CR stays in its line).
  func testLinesEqualTheCharacterSplit() throws {
    let samples = [
      "", "\n", "\n\n", "a", "a\n", "\na", "a\nb\n\nc", "é\n👍🏽\nx", "a\u{301}\n\u{301}b", "\n\u{301}\n",
      "🇬🇧\n🇺🇸", "tab\tline\n  indented\n", DefaultTaxonomy.text,
    ]
    for sample in samples {
      let expected = sample.split(separator: "\n", omittingEmptySubsequences: false)
      let lines = TaxonomyParser.lines(of: sample)
      XCTAssertEqual(lines, expected, sample.debugDescription)
      XCTAssertEqual(lines.map { Array($0.utf8) }, expected.map { Array($0.utf8) }, sample.debugDescription)
      let crlf = sample.replacingOccurrences(of: "\n", with: "\r\n")
      XCTAssertEqual(TaxonomyParser.lines(of: crlf).map { Array($0.utf8) }, expected.map { Array($0.utf8) })
    }
    XCTAssertEqual(TaxonomyParser.lines(of: "a\rb\nc\r").map(String.init), ["a\rb", "c"])
    XCTAssertEqual(TaxonomyParser.lines(of: "x\n\r\ny\n").map(String.init), ["x", "", "y", ""])
    // A CR LF file parses (the TOML parser reads it) and names the same line as its LF copy.
    let lf =
      "[[service]]\nid = \"a\"\nname = \"A\"\nkeywords = [\"a\"]\n\n[[service]]\nname = \"B\"\nkeywords = [\"b\"]\n"
    let lfError = try XCTUnwrap(parseError(lf))
    let crlfError = try XCTUnwrap(parseError(lf.replacingOccurrences(of: "\n", with: "\r\n")))
    XCTAssertTrue(crlfError.message.contains("missing \"id\""), crlfError.message)
    XCTAssertEqual(lfError.line, 6)
    XCTAssertEqual(crlfError.line, lfError.line)
  }

  /// `hasWord` answers what `words(of:)` being non-empty answers, without making the words.
  func testHasWordEqualsWordsNotEmpty() {
    let terms = [
      "", " ", "-", "'", "’", "...", "#", "@", "#bins", "@council", "a", "bins", " fly-tip ", "don't", "'s", "é",
      "👍", "👍 bins", "\u{301}", "  \t ", "100", "a&e", "&", "http://x.y", "www.", "__", "日本",
    ]
    for term in terms {
      XCTAssertEqual(TextScanner.hasWord(term), !TextScanner.words(of: term).isEmpty, term.debugDescription)
    }
    for service in Taxonomy.builtIn.services {
      for term in service.keywords + service.weak + service.exclude {
        XCTAssertEqual(TextScanner.hasWord(term), !TextScanner.words(of: term).isEmpty, term)
      }
    }
  }

  func testParsesAllFields() throws {
    let text = """
      place_words = ["road"]

      [[service]]
      id = "roads"
      name = "Roads and potholes"
      description = "Potholes"
      group = "Highways"
      colour = "Yellow"
      weight = 2
      keywords = ["pothole", "road surface"]
      weak = ["road"]
      hashtags = ["#potholes"]
      handles = ["@NationalHighways"]
      exclude = ["road trip"]

      [[service]]
      id = "water"
      color = "#12ab9f"
      weight = 0.5
      keywords = ["water main"]
      """
    let taxonomy = try Taxonomy.parse(text, file: "t.toml")
    XCTAssertEqual(taxonomy.services.count, 2)
    let roads = taxonomy.services[0]
    XCTAssertEqual(roads.id, "roads")
    XCTAssertEqual(roads.name, "Roads and potholes")
    XCTAssertEqual(roads.description, "Potholes")
    XCTAssertEqual(roads.group, "Highways")
    XCTAssertEqual(roads.colour, "yellow")
    XCTAssertEqual(roads.weight, 2)
    XCTAssertEqual(roads.keywords, ["pothole", "road surface"])
    XCTAssertEqual(roads.weak, ["road"])
    XCTAssertEqual(roads.hashtags, ["potholes"])
    XCTAssertEqual(roads.handles, ["NationalHighways"])
    XCTAssertEqual(roads.exclude, ["road trip"])
    XCTAssertEqual(roads.line, 3)
    XCTAssertEqual(taxonomy.services[1].name, "water")
    XCTAssertEqual(taxonomy.services[1].colour, "#12ab9f")
    XCTAssertEqual(taxonomy.services[1].weight, 0.5)
    XCTAssertEqual(taxonomy.services[1].line, 16)
    XCTAssertEqual(taxonomy.placeWords, ["road"])
    XCTAssertEqual(taxonomy.source, "t.toml")
  }

  func testTOMLSyntaxErrorHasItsLine() {
    let error = parseError("[[service]]\nid = \"roads\"\nkeywords = [\"pothole\"\n\n[[service]]\n")
    XCTAssertEqual(error?.file, "t.toml")
    XCTAssertNotNil(error?.line)
    XCTAssertGreaterThanOrEqual(error?.line ?? 0, 3)
    XCTAssertTrue(error?.description.hasPrefix("t.toml:") ?? false, error?.description ?? "")
  }

  func testMissingIDNamesTheServiceHeaderLine() {
    let text =
      "[[service]]\nid = \"a\"\nkeywords = [\"x\"]\n\n# second\n[[service]]\nname = \"B\"\nkeywords = [\"y\"]\n"
    let error = parseError(text)
    XCTAssertEqual(error?.line, 6)
    XCTAssertEqual(error?.description, "t.toml:6: service is missing \"id\"")
  }

  /// Indented headers with comments after them still give the lines in errors.
  func testIndentedHeaderWithCommentNamesItsLine() {
    let text =
      "\t[[service]]  # first\nid = \"a\"\nkeywords = [\"x\"]\n  [[service]] # second\nname = \"B\"\nkeywords = [\"y\"]\n"
    XCTAssertEqual(parseError(text)?.line, 4)
    XCTAssertEqual(parseError(text)?.message, "service is missing \"id\"")
  }

  func testDuplicateIDNamesBothLines() {
    let text =
      "[[service]]\nid = \"a\"\nkeywords = [\"x\"]\n[[service]]\nname = \"again\"\nid = \"a\"\nkeywords = [\"y\"]\n"
    let error = parseError(text)
    XCTAssertEqual(error?.line, 6)
    XCTAssertEqual(error?.message, "duplicate service id \"a\" (first defined on line 1)")
  }

  /// Services given inline (`service = [{...}, {...}]`) have no `[[service]]` header line: a duplicate id names the
  /// `service` key's line and the first service by its position, never "line 0".
  func testDuplicateIDInInlineServicesNamesTheKeyLineAndPosition() {
    let text = "# inline\nservice = [{id = \"a\", keywords = [\"x\"]}, {id = \"a\", keywords = [\"y\"]}]\n"
    let error = parseError(text)
    XCTAssertEqual(error?.line, 2)
    XCTAssertEqual(error?.message, "duplicate service id \"a\" (first defined by service 1 of \"service\")")
  }

  func testEmptyKeywordNamesItsLine() {
    let text = "[[service]]\nid = \"a\"\nkeywords = [\n  \"x\",\n  \"\",\n]\n"
    XCTAssertEqual(parseError(text)?.line, 5)
    XCTAssertEqual(parseError(text)?.message, "empty string in \"keywords\"")
  }

  /// QA4: `taxonomy check` stopped at the first problem; every one is listed now, in line order, each with its line.
  func testEveryProblemInTheContentIsListedWithItsLine() {
    let text = """
      bogus = 1
      [[service]]
      id = "Bad Id"
      keywords = ["x", ""]
      [[service]]
      id = "roads"
      keywords = ["pothole"]
      frobnicate = true
      [[service]]
      id = "roads"
      keywords = ["ok", ""]
      hashtags = ["two words"]
      [[service]]
      keywords = ["x"]
      """
    let problems = parseError(text)?.all ?? []
    let expected: [(Int, String)] = [
      (1, "unknown top-level key \"bogus\""), (3, "id \"Bad Id\" must be"), (4, "empty string in \"keywords\""),
      (8, "unknown key \"frobnicate\""), (10, "duplicate service id \"roads\" (first defined on line 5)"),
      (11, "empty string in \"keywords\""), (12, "hashtag \"two words\" must be"), (13, "service is missing \"id\""),
    ]
    XCTAssertEqual(
      problems.map { $0.line ?? 0 }, expected.map(\.0), problems.map(\.description).joined(separator: "\n"))
    for (problem, (_, start)) in zip(problems, expected) {
      XCTAssertTrue(problem.message.hasPrefix(start), "\(problem.message) should start with \(start)")
    }
    XCTAssertEqual(parseError(text)?.line, 1, "the first problem is the one thrown")
  }

  func testASingleProblemHasNoFurtherOnes() {
    let error = parseError("[[service]]\nid = \"a\"\nkeyword = [\"x\"]\n")
    XCTAssertEqual(error?.all.count, 1, "a misspelt key is not also reported as a service without keywords")
    XCTAssertEqual(error?.further, [])
  }

  func testTermWithoutLettersIsRejected() {
    let text = "[[service]]\nid = \"a\"\nkeywords = [\"x\"]\nexclude = [\"!!!\"]\n"
    XCTAssertEqual(parseError(text)?.line, 4)
  }

  func testUnknownKeysAreRejectedWithTheirLine() {
    let service = "[[service]]\nid = \"a\"\nkeyword = [\"x\"]\n"
    XCTAssertEqual(parseError(service)?.line, 3)
    XCTAssertTrue(parseError(service)?.message.contains("unknown key \"keyword\"") ?? false)
    let top = "title = \"x\"\n[[service]]\nid = \"a\"\nkeywords = [\"x\"]\n"
    XCTAssertEqual(parseError(top)?.line, 1)
  }

  func testBadValuesAreRejected() {
    let base = "[[service]]\nid = \"a\"\nkeywords = [\"x\"]\n"
    XCTAssertEqual(parseError(base + "weight = -1\n")?.line, 4)
    XCTAssertEqual(parseError(base + "weight = \"heavy\"\n")?.line, 4)
    XCTAssertEqual(parseError(base + "colour = \"mauve-ish\"\n")?.line, 4)
    XCTAssertEqual(parseError(base + "colour = \"red\"\ncolor = \"red\"\n")?.line, 5)
    XCTAssertEqual(parseError(base + "hashtags = [\"two words\"]\n")?.line, 4)
    XCTAssertEqual(parseError(base + "handles = [\"@a b\"]\n")?.line, 4)
    XCTAssertEqual(parseError(base + "weak = \"rubbish\"\n")?.line, 4)
    XCTAssertEqual(parseError(base + "weak = [1, 2]\n")?.line, 4)
    XCTAssertEqual(parseError("[[service]]\nid = \"Bad Id\"\nkeywords = [\"x\"]\n")?.line, 2)
    XCTAssertEqual(parseError("[[service]]\nid = 7\nkeywords = [\"x\"]\n")?.line, 2)
    XCTAssertEqual(parseError("[[service]]\nid = \"a\"\nexclude = [\"x\"]\n")?.line, 1)
    XCTAssertEqual(parseError("place_words = [\"main street\"]\n" + base)?.line, 1)
    XCTAssertNotNil(parseError("# nothing here\n"))
    XCTAssertNotNil(parseError("service = \"roads\"\n"))
  }

  func testNULByteIsRejectedNotTruncated() {
    let text = "[[service]]\nid = \"a\"\nkeywords = [\"x\"]\n\u{0}\n[[service]]\nid = \"a\"\nkeywords = [\"y\"]\n"
    XCTAssertEqual(parseError(text)?.line, 4)
  }

  /// The reason says what to fix: Foundation's said "NSCocoaErrorDomain error 256" for a directory and "You don't
  /// have permission" for /dev/null.
  func testLoadSaysWhyAFileCannotBeRead() throws {
    let directory = try makeTemporaryFolder(prefix: "taxonomy")
    for (path, reason) in [
      ("/nonexistent/taxonomy.toml", "it does not exist"), (directory.path, "it is a directory"),
      ("/dev/null", "it is not a regular file (a pipe or a device)"),
    ] {
      XCTAssertThrowsError(try Taxonomy.load(path: path)) { error in
        XCTAssertEqual("\(error)", "\(path): cannot read the file: \(reason)")
        XCTAssertNil((error as? TaxonomyError)?.line)
      }
    }
  }

  func testBuiltInCopyEqualsTheShippedFileByteForByte() throws {
    let url = TaxonomyParserTests.packageRoot.appendingPathComponent("taxonomy/default.toml")
    let file = try Data(contentsOf: url)
    XCTAssertEqual(
      file, Data(Taxonomy.defaultText.utf8),
      "Sources/CivicCore/Taxonomy/DefaultTaxonomy.swift is stale: run scripts/gen-default-taxonomy")
  }

  func testBuiltInTaxonomyParsesAndHasEveryRequiredService() throws {
    let taxonomy = try Taxonomy.parse(Taxonomy.defaultText, file: "default.toml")
    XCTAssertEqual(taxonomy.services, Taxonomy.builtIn.services)
    XCTAssertEqual(Taxonomy.builtIn.source, "built-in")
    let ids = Set(taxonomy.services.map { $0.id })
    for id in TaxonomyParserTests.requiredIDs { XCTAssertTrue(ids.contains(id), "missing \(id)") }
    let file = TaxonomyParserTests.packageRoot.appendingPathComponent("taxonomy/default.toml").path
    XCTAssertEqual(try Taxonomy.load(path: file).services, taxonomy.services)
  }

  func testBuiltInHasUKAndUSVocabulary() {
    let builtIn = Taxonomy.builtIn
    func terms(_ id: String) -> Set<String> {
      guard let s = builtIn.service(id: id) else { return [] }
      return Set(s.keywords + s.weak)
    }
    for (id, words) in [
      ("waste", ["bin", "trash", "garbage", "rubbish"]), ("pavements", ["pavement", "sidewalk", "kerb", "curb"]),
      ("council-tax", ["council tax", "property tax"]), ("health", ["a&e", "emergency room", "er", "gp", "doctor"]),
    ] {
      for word in words { XCTAssertTrue(terms(id).contains(word), "\(id) lacks \(word)") }
    }
  }
}
