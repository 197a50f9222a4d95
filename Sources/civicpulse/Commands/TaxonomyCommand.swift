import ArgumentParser
import CivicCore
import Foundation

/// `civicpulse taxonomy check FILE | show | route [TEXT...]`.
struct TaxonomyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "taxonomy",
    abstract: "Validate, print and try out service taxonomies.",
    subcommands: [Check.self, Show.self, Route.self]
  )

  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Validate a taxonomy file: prints a summary, or every problem as FILE:LINE: message and exits 1.")

    @Argument(help: ArgumentHelp("Taxonomy TOML file.", valueName: "FILE"))
    var file: String

    func run() throws {
      let taxonomy: Taxonomy
      do {
        taxonomy = try Taxonomy.load(path: file)
      } catch {
        let problems = error.all
        var lines = problems.map(\.description)
        if problems.count > 1 { lines.append("\(file): \(Plural.count(problems.count, "problem"))") }
        StandardError.say(lines.joined(separator: "\n"))
        throw ExitCode(1)
      }
      let router = ServiceRouter(taxonomy: taxonomy)
      let services = taxonomy.services
      func total(_ terms: (ServiceDefinition) -> [String]) -> Int { services.reduce(0) { $0 + terms($1).count } }
      func count(_ n: Int, _ noun: String) -> String { Plural.count(n, noun) }
      print(
        "\(TerminalText.printable(file)): ok: \(count(services.count, "service")), \(count(taxonomy.termCount, "term")) "
          + "(\(count(total { $0.keywords }, "keyword")), \(total { $0.weak }) weak, "
          + "\(count(total { $0.hashtags }, "hashtag")), \(count(total { $0.handles }, "handle")), "
          + "\(count(total { $0.exclude }, "exclusion"))), \(count(router.patternCount, "compiled pattern"))")
    }
  }

  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Print the built-in default taxonomy (a starting point for your own file).")

    func run() {
      print(Taxonomy.defaultText, terminator: "")
    }
  }

  struct Route: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show which services texts route to and why, and their complaint score when a model is in use.")

    @OptionGroup var classifier: ClassifierOptions

    @Argument(help: "Texts to route; read from standard input when none are given.")
    var texts: [String] = []

    func run() throws {
      let classifier = try self.classifier.makeClassifier()
      func show(_ text: String) {
        let matches = classifier.router.route(text)
        var summary =
          matches.isEmpty
          ? "-"
          : matches.map { "\($0.serviceID) \($0.score) [\($0.terms.joined(separator: ", "))]" }.joined(separator: "; ")
        if let scorer = classifier.scorer {
          let result = scorer.score(text: text)
          // Two decimals, as the dashboard and `eval` show scores (not 0.5765434674059271).
          let score = (result.score * 100).rounded() / 100
          summary += " | complaint \(result.complaint) \(score) [\(result.why.joined(separator: ", "))]"
        }
        // The taxonomy's terms and the text as typed or read, with control characters as symbols (a tab in
        // either would split the columns).
        print("\(TerminalText.printable(summary))\t\(TerminalText.printable(text))")
      }
      if texts.isEmpty {
        // Blank lines (between texts typed or pasted) are no texts to route.
        while let line = readLine() {
          if !line.allSatisfy(\.isWhitespace) { show(line) }
        }
      } else {
        texts.forEach(show)
      }
    }
  }
}
