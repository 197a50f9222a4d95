import Foundation

/// Finds and loads themes. Order for a name: the folders in `directories` (user config, installed share folder,
/// repository checkout), then the compiled-in copies. A path (`--theme ./mine.theme`) is read directly. A theme
/// with a mistake is never used half-way: the loader reports the errors and falls back to `default`.
public struct ThemeLoader: Sendable {
  public var directories: [ThemeDirectory]
  /// Compiled-in theme sources by name.
  public var builtIns: [String: String]

  public init(directories: [ThemeDirectory], builtIns: [String: String] = BuiltinThemes.sources) {
    self.directories = directories
    self.builtIns = builtIns
  }

  /// The standard search order for the given environment (inject a dictionary in tests).
  public init(environment: [String: String], currentDirectory: String, executablePath: String?) {
    self.init(
      directories: ThemeDirectory.standard(
        environment: environment, currentDirectory: currentDirectory, executablePath: executablePath))
  }

  /// The standard search order for this process.
  public static func forCurrentProcess() -> ThemeLoader {
    ThemeLoader(
      environment: ProcessInfo.processInfo.environment,
      currentDirectory: FileManager.default.currentDirectoryPath,
      executablePath: Bundle.main.executablePath ?? CommandLine.arguments.first)
  }

  /// A theme name: letters, digits, `-`, `_` and `.` (not starting with `.`).
  public static func isValidName(_ name: String) -> Bool {
    guard let first = name.utf8.first, first != UInt8(ascii: ".") else { return false }
    return name.utf8.allSatisfy {
      ThemeParser.isDigit($0) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0 | 0x20)
        || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ".")
    }
  }

  static let fileExtension = ".theme"
  static let maxInheritance = 16

  // MARK: Listing

  /// Every theme file found, in search order, then every compiled-in theme. A name may appear more than once;
  /// the first one is the one used.
  public func candidates() -> [ThemeEntry] {
    var result: [ThemeEntry] = []
    for directory in directories {
      let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
      for file in names.sorted() where file.hasSuffix(Self.fileExtension) {
        let name = String(file.dropLast(Self.fileExtension.count))
        guard Self.isValidName(name) else { continue }
        let path = ThemeDirectory.join(directory.path, file)
        result.append(ThemeEntry(name: name, location: .file(path), kind: directory.kind))
      }
    }
    for name in builtIns.keys.sorted() {
      result.append(ThemeEntry(name: name, location: .builtIn, kind: nil))
    }
    return result
  }

  /// One entry per name (the one that would be used), in cycle order: `default` first, then by name.
  public func available() -> [ThemeEntry] {
    var seen = Set<String>()
    let unique = candidates().filter { seen.insert($0.name).inserted }
    return unique.sorted { Self.cycleKey($0.name) < Self.cycleKey($1.name) }
  }

  private static func cycleKey(_ name: String) -> (Int, String) { (name == "default" ? 0 : 1, name) }

  /// The theme after `name` in cycle order (what the `t` key switches to), wrapping around. A name not in the
  /// list (a theme loaded by path) is followed by the first name sorting after it.
  public func next(after name: String) -> String {
    let names = available().map(\.name)
    guard let first = names.first else { return "default" }
    if let index = names.firstIndex(of: name) { return names[(index + 1) % names.count] }
    return names.first { Self.cycleKey($0) > Self.cycleKey(name) } ?? first
  }

  /// Where the theme called `name` would be read from, or nil when there is none.
  public func locate(_ name: String) -> ThemeLocation? { locateAll(name).first }

  /// Every place a theme called `name` exists, in search order (the first is the one used).
  public func locateAll(_ name: String) -> [ThemeLocation] {
    guard Self.isValidName(name) else { return [] }
    var result: [ThemeLocation] = []
    for directory in directories {
      let path = ThemeDirectory.join(directory.path, name + Self.fileExtension)
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
        result.append(.file(path))
      }
    }
    if builtIns[name] != nil { result.append(.builtIn) }
    return result
  }

  // MARK: Loading

  /// Loads a theme by name or path (`nil` = `default`). Never fails: on any mistake the result carries the errors
  /// and the `default` theme (or, if that is broken too, the compiled-in default).
  public func load(_ request: String? = nil) -> LoadedTheme {
    let request = request ?? "default"
    var name = request
    var location: ThemeLocation?
    var errors: [ThemeError] = []
    if Self.looksLikePath(request) {
      name = ((request as NSString).lastPathComponent as NSString).deletingPathExtension
      if FileManager.default.fileExists(atPath: request) {
        location = .file(request)
      } else {
        errors.append(ThemeError(file: request, message: "theme file not found"))
      }
    } else if let found = locate(request) {
      location = found
    } else {
      let places = directories.map(\.path) + ["built-in themes"]
      errors.append(
        ThemeError(
          file: request, message: "no theme named '\(request)' (looked in \(places.joined(separator: ", ")))"))
    }
    if let location {
      switch resolve(name: name, at: location, chain: []) {
      case .success(let theme):
        return LoadedTheme(
          theme: theme.fillingDefaultsFromBackground(), requested: name, location: location, errors: [])
      case .failure(let failure):
        errors += failure.errors
      }
    }
    return fallback(requested: name, errors: errors)
  }

  private func fallback(requested: String, errors: [ThemeError]) -> LoadedTheme {
    if requested != "default", let location = locate("default"),
      case .success(let theme) = resolve(name: "default", at: location, chain: [])
    {
      return LoadedTheme(
        theme: theme.fillingDefaultsFromBackground(), requested: requested, location: location, errors: errors)
    }
    return LoadedTheme(
      theme: Self.compiledDefault(), requested: requested, location: .builtIn, errors: errors)
  }

  /// The compiled-in default theme, complete on its own (a test checks that it sets every role).
  public static func compiledDefault() -> Theme {
    let document = ThemeParser.parse(BuiltinThemes.defaultTheme, file: "built-in:default").document
    return document.applied(to: Theme(name: "default", styles: [:]), name: "default").fillingDefaultsFromBackground()
  }

  static func looksLikePath(_ request: String) -> Bool {
    request.contains("/") || request.hasSuffix(fileExtension)
  }

  struct Failure: Error {
    var errors: [ThemeError]
  }

  /// The theme `name` at `location` with everything it inherits laid underneath. `chain` holds the themes already
  /// on the way (name and location), to stop inheritance loops.
  private func resolve(name: String, at location: ThemeLocation, chain: [ThemeEntry]) -> Result<Theme, Failure> {
    let file = location.errorName(theme: name)
    let text: String
    switch read(location, name: name) {
    case .success(let contents): text = contents
    case .failure(let error): return .failure(Failure(errors: [error]))
    }
    let parsed = ThemeParser.parse(text, file: file)
    if !parsed.errors.isEmpty { return .failure(Failure(errors: parsed.errors)) }
    let document = parsed.document
    let here = ThemeEntry(name: name, location: location, kind: nil)
    let chain = chain + [here]

    // Everything builds on `default` unless it says otherwise; the compiled-in default is the root. A theme that
    // inherits its own name (as a default.theme of one's own does) builds on the next one of that name further
    // down the search order, so `inherits = nord` in a user's nord.theme means the shipped nord.
    let parentName = document.inherits ?? "default"
    if parentName == name && location == .builtIn && document.inherits == nil {
      return .success(document.applied(to: Theme(name: name, styles: [:]), name: name))
    }
    let parentLocation: ThemeLocation?
    if parentName == name {
      let all = locateAll(name)
      parentLocation = all.firstIndex(of: location).map { all.dropFirst($0 + 1).first } ?? all.first
    } else {
      parentLocation = locate(parentName)
    }
    guard let parentLocation else {
      let further = parentName == name ? " further down the search order" : ""
      let message = "no theme named '\(parentName)'\(further)"
      return .failure(Failure(errors: [ThemeError(file: file, key: "inherits", message: message)]))
    }
    let parent = ThemeEntry(name: parentName, location: parentLocation, kind: nil)
    if chain.count > Self.maxInheritance || chain.contains(parent) {
      let loop = (chain + [parent]).map(\.name).joined(separator: " -> ")
      return .failure(Failure(errors: [ThemeError(file: file, key: "inherits", message: "inheritance loop: \(loop)")]))
    }
    return resolve(name: parentName, at: parentLocation, chain: chain).map { base in
      document.applied(to: base, name: name)
    }
  }

  private func read(_ location: ThemeLocation, name: String) -> Result<String, ThemeError> {
    switch location {
    case .builtIn:
      guard let text = builtIns[name] else {
        return .failure(ThemeError(file: "built-in:\(name)", message: "no such built-in theme"))
      }
      return .success(text)
    case .file(let path):
      guard let handle = FileHandle(forReadingAtPath: path) else {
        return .failure(ThemeError(file: path, message: "cannot open the file"))
      }
      defer { try? handle.close() }
      guard let data = try? handle.read(upToCount: ThemeParser.maxBytes + 1) ?? Data() else {
        return .failure(ThemeError(file: path, message: "cannot read the file"))
      }
      guard data.count <= ThemeParser.maxBytes else {
        return .failure(ThemeError(file: path, message: "larger than \(ThemeParser.maxBytes / 1024) KiB"))
      }
      guard let text = String(validating: data, as: UTF8.self) else {
        return .failure(ThemeError(file: path, message: "not valid UTF-8 text"))
      }
      return .success(text)
    }
  }
}
