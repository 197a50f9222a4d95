import CivicCore
import Foundation
import GRDB

/// The shared triage log: an SQLite file in WAL mode that every `civicpulse watch` on the machine opens, so a mark
/// made in one terminal is seen by the others at their next poll of `changes(since:)`.
///
/// Durability: the writer connection runs with `synchronous = FULL`, so `mark` returns only after the WAL has been
/// fsynced. `kill -9` cannot lose a committed mark in any mode (the WAL is in the OS page cache); FULL adds
/// power-loss and kernel-crash safety, at the cost of one fsync per mark, which is nothing at human pace.
///
/// Writes use IMMEDIATE transactions and a busy timeout, so concurrent writers from several processes queue up
/// instead of failing; a writer stuck longer than the timeout gives a `.locked` error.
public final class TriageStore: TriageStoring {
  public let path: String
  public let status: StoreStatus
  public let officer: String
  private let reader: any DatabaseReader
  /// Nil when the store is read-only.
  private let writer: DatabasePool?
  private let busyTimeout: TimeInterval
  private let clock: @Sendable () -> EpochMillis

  /// Longest note or team name kept (longer input is refused, not cut).
  public static let maximumNoteLength = 2_000
  public static let maximumTeamLength = 100

  private init(
    path: String, status: StoreStatus, reader: any DatabaseReader, writer: DatabasePool?, options: StoreOptions
  ) {
    self.path = path
    self.status = status
    self.reader = reader
    self.writer = writer
    self.officer = options.officer
    self.busyTimeout = options.busyTimeout
    self.clock = options.clock
  }

  // MARK: Opening

  /// Opens the store at `path` (default: `StatePath.resolve(nil)`), creating the file and its directories.
  /// Never throws: when the file cannot be written it opens read-only, and when it cannot be read at all the
  /// store is nil; `status.message` says which and why.
  public static func open(path: String? = nil, options: StoreOptions = StoreOptions()) -> (
    store: TriageStore?, status: StoreStatus
  ) {
    let path = path ?? StatePath.resolve(nil)
    if options.readOnly {
      return openReadOnly(path: path, options: options, reason: "opened read-only")
    }
    do {
      try createDirectory(for: path)
    } catch {
      return openReadOnly(path: path, options: options, reason: error.message)
    }
    do {
      let store = try openReadWrite(path: path, options: options)
      return (store, store.status)
    } catch {
      let failure = TriageStoreError.from(error, path: path, busyTimeout: options.busyTimeout)
      if failure.kind == .corrupt {
        return (nil, .unavailable(path: path, reason: failure.message))
      }
      return openReadOnly(path: path, options: options, reason: failure.message)
    }
  }

  /// Opens the store read-write or throws a `TriageStoreError` (no fallback).
  ///
  /// SQLite does not call the busy handler for every lock conflict met while opening: two processes that switch
  /// the same brand-new file to WAL, or that both find it unmigrated, can get SQLITE_BUSY at once. So a `.locked`
  /// failure is retried, with a short randomised pause, until `busyTimeout` has passed.
  public static func openReadWrite(path: String, options: StoreOptions = StoreOptions()) throws -> TriageStore {
    let deadline = Date().addingTimeInterval(options.busyTimeout)
    while true {
      do {
        return try openReadWriteOnce(path: path, options: options)
      } catch let error as TriageStoreError where error.kind == .locked && Date() < deadline {
        usleep(useconds_t.random(in: 10_000...50_000))
      }
    }
  }

  private static func openReadWriteOnce(path: String, options: StoreOptions) throws -> TriageStore {
    try createDirectory(for: path)
    do {
      var configuration = Configuration()
      configuration.busyMode = .timeout(options.busyTimeout)
      configuration.label = "civicpulse.state"
      let pool = try DatabasePool(path: path, configuration: configuration)
      try pool.writeWithoutTransaction { db in
        // GRDB sets NORMAL when it enables WAL; FULL makes each commit durable before `mark` returns.
        try db.execute(sql: "PRAGMA synchronous = FULL")
        try checkIntegrity(db)
      }
      let migrator = StoreSchema.migrator
      let (superseded, complete) = try pool.read { db in
        (try migrator.hasBeenSuperseded(db), try migrator.hasCompletedMigrations(db))
      }
      if superseded {
        throw TriageStoreError(.newerSchema, "\(path) was written by a newer version of civicpulse")
      }
      if !complete {
        do {
          try migrator.migrate(pool)
        } catch {
          // Another process may have migrated the same new file at the same moment (GRDB checks which
          // migrations are applied before taking the write lock): its work is as good as ours.
          guard try pool.read(migrator.hasCompletedMigrations) else { throw error }
        }
      }
      return TriageStore(path: path, status: .readWrite(path: path), reader: pool, writer: pool, options: options)
    } catch {
      throw TriageStoreError.from(error, path: path, busyTimeout: options.busyTimeout)
    }
  }

  private static func openReadOnly(path: String, options: StoreOptions, reason: String) -> (
    store: TriageStore?, status: StoreStatus
  ) {
    guard FileManager.default.fileExists(atPath: path) else {
      let why = reason == "opened read-only" ? "no state file yet" : reason
      return (nil, .unavailable(path: path, reason: why))
    }
    var configuration = Configuration()
    configuration.readonly = true
    configuration.busyMode = .timeout(options.busyTimeout)
    configuration.label = "civicpulse.state.readonly"
    // A WAL database normally needs its -shm file to be writable (or creatable). When it is not, open the file
    // as immutable: a snapshot that does not see later marks, but can still be read.
    var attempts: [(String, String)] = [(path, reason)]
    attempts.append((immutableURI(path), reason + "; snapshot, later marks not shown"))
    var lastError: Error?
    for (location, why) in attempts {
      do {
        let queue = try DatabaseQueue(path: location, configuration: configuration)
        let migrator = StoreSchema.migrator
        let known = try queue.read { db -> Bool in
          try checkIntegrity(db)
          return try migrator.hasCompletedMigrations(db) || migrator.hasBeenSuperseded(db)
        }
        guard known else {
          return (nil, .unavailable(path: path, reason: "\(why); the file has no triage tables yet"))
        }
        let status = StoreStatus.readOnly(path: path, reason: why)
        return (TriageStore(path: path, status: status, reader: queue, writer: nil, options: options), status)
      } catch {
        lastError = error
      }
    }
    let failure = lastError.map { TriageStoreError.from($0, path: path, busyTimeout: options.busyTimeout) }
    return (nil, .unavailable(path: path, reason: failure?.message ?? reason))
  }

  /// `mkdir -p` of the state file's folder. Done with `mkdir` itself so a failure gives the system's reason
  /// ("Permission denied", "Not a directory"); Foundation's said "The operation could not be completed".
  private static func createDirectory(for path: String) throws(TriageStoreError) {
    let directory = (path as NSString).deletingLastPathComponent
    guard !directory.isEmpty else { return }
    var prefix = directory.hasPrefix("/") ? "/" : ""
    for component in directory.split(separator: "/") {
      prefix += component + "/"
      if mkdir(prefix, 0o777) == 0 { continue }
      let code = errno
      var info = stat()
      let isDirectory = stat(prefix, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
      if code == EEXIST, isDirectory { continue }
      let reason = code == EEXIST ? "\(prefix.dropLast()) is not a directory" : String(cString: strerror(code))
      throw TriageStoreError(.io, "cannot create \(directory): \(reason)")
    }
  }

  /// `quick_check` reads every page once: milliseconds for a triage log, and it turns a damaged file into a
  /// clear message at open instead of errors later.
  private static func checkIntegrity(_ db: Database) throws {
    let result = try String.fetchOne(db, sql: "PRAGMA quick_check(1)") ?? "no answer"
    if result != "ok" {
      throw TriageStoreError(.corrupt, "\(db.configuration.label ?? "state"): damaged database (\(result))")
    }
  }

  private static func immutableURI(_ path: String) -> String {
    var allowed = CharacterSet.urlPathAllowed
    allowed.remove(charactersIn: "?#%")
    let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    let encoded = absolute.addingPercentEncoding(withAllowedCharacters: allowed) ?? absolute
    return "file:\(encoded)?immutable=1"
  }

  // MARK: Writing

  public func mark(post: Post, action: TriageAction, team: String? = nil, note: String? = nil) throws -> TriageMark {
    let team = try clean(team, limit: Self.maximumTeamLength, what: "team name")
    let note = try clean(note, limit: Self.maximumNoteLength, what: "note")
    switch action {
    case .undo: throw TriageStoreError(.invalidInput, "use undo to cancel a mark")
    case .note where note == nil: throw TriageStoreError(.invalidInput, "a note needs some text")
    default: break
    }
    let stored = TriagedPost(post)
    let createdAt = clock()
    let officer = officer
    return try write { db in
      try Self.save(stored, in: db)
      return try Self.insert(
        TriageMark(
          id: 0, postID: post.id, action: action, team: action == .escalated ? team : nil, note: note,
          officer: officer, createdAt: createdAt), in: db)
    }
  }

  public func undoLast(by officer: String, postID: String? = nil) throws -> TriageMark? {
    var sql = """
      SELECT * FROM marks AS m WHERE m.officer = ? AND m.action != 'undo'
      AND NOT EXISTS (SELECT 1 FROM marks AS u WHERE u.undoes = m.id)
      """
    var arguments: StatementArguments = [officer]
    if let postID {
      sql += " AND m.post_id = ?"
      arguments += [postID]
    }
    sql += " ORDER BY m.id DESC LIMIT 1"
    return try undo(selecting: sql, arguments: arguments, by: officer)
  }

  public func undo(markID: Int64, by officer: String) throws -> TriageMark? {
    let sql = """
      SELECT * FROM marks AS m WHERE m.id = ? AND m.action != 'undo'
      AND NOT EXISTS (SELECT 1 FROM marks AS u WHERE u.undoes = m.id)
      """
    return try undo(selecting: sql, arguments: [markID], by: officer)
  }

  /// Records an undo of the mark `sql` selects (in the same transaction), or returns nil when it selects none.
  private func undo(selecting sql: String, arguments: StatementArguments, by officer: String) throws -> TriageMark? {
    let createdAt = clock()
    return try write { db in
      guard let row = try Row.fetchOne(db, sql: sql, arguments: arguments), let target = Self.mark(from: row) else {
        return nil
      }
      return try Self.insert(
        TriageMark(
          id: 0, postID: target.postID, action: .undo, officer: officer, createdAt: createdAt, undoes: target.id),
        in: db)
    }
  }

  // MARK: Reading

  public func currentState(postIDs: [String]) throws -> [String: TriageState] {
    var marks: [TriageMark] = []
    let unique = Array(Set(postIDs))
    for start in stride(from: 0, to: unique.count, by: 500) {
      let chunk = Array(unique[start..<min(start + 500, unique.count)])
      let placeholders = Array(repeating: "?", count: chunk.count).joined(separator: ",")
      marks += try fetchMarks(
        "SELECT * FROM marks WHERE post_id IN (\(placeholders)) ORDER BY id", StatementArguments(chunk))
    }
    return Self.states(of: marks)
  }

  /// Current state of every post that has marks.
  public func allStates() throws -> [String: TriageState] {
    Self.states(of: try fetchMarks("SELECT * FROM marks ORDER BY id", []))
  }

  public func history(postID: String) throws -> [TriageMark] {
    try fetchMarks("SELECT * FROM marks WHERE post_id = ? ORDER BY id", [postID])
  }

  public func changes(since id: Int64, limit: Int = 10_000) throws -> [TriageMark] {
    try fetchMarks("SELECT * FROM marks WHERE id > ? ORDER BY id LIMIT ?", [id, max(1, limit)])
  }

  /// The triage log from `since` (mark time, inclusive; nil for all), oldest first, each mark with its post.
  public func log(since: EpochMillis? = nil) throws -> [TriageLogEntry] {
    try read { db in
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT marks.*, posts.platform, posts.author, posts.text, posts.event_time, posts.service,
          posts.complaint, posts.score, posts.url, posts.post_id AS stored_post_id
          FROM marks LEFT JOIN posts ON posts.post_id = marks.post_id
          WHERE marks.created_at >= ? ORDER BY marks.id
          """, arguments: [since ?? EpochMillis.min])
      return rows.compactMap { row in
        guard let mark = Self.mark(from: row) else { return nil }
        let stored = (try? row.decode(String?.self, forColumn: "stored_post_id")) ?? nil
        return TriageLogEntry(mark: mark, post: stored == nil ? nil : Self.post(from: row))
      }
    }
  }

  /// Stored copies of posts with marks, keyed by post id (all of them when `postIDs` is nil).
  public func storedPosts(_ postIDs: [String]? = nil) throws -> [String: TriagedPost] {
    try read { db in
      var posts: [String: TriagedPost] = [:]
      if let postIDs {
        for id in Set(postIDs) {
          if let row = try Row.fetchOne(db, sql: "SELECT * FROM posts WHERE post_id = ?", arguments: [id]),
            let post = Self.post(from: row)
          {
            posts[id] = post
          }
        }
      } else {
        for row in try Row.fetchAll(db, sql: "SELECT * FROM posts") {
          if let post = Self.post(from: row) { posts[post.postID] = post }
        }
      }
      return posts
    }
  }

  /// The schema version recorded in the file (`PRAGMA user_version`) and the applied migration ids.
  public func schemaVersion() throws -> (userVersion: Int, migrations: [String]) {
    try read { db in
      let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
      let applied = try StoreSchema.migrator.appliedMigrations(db)
      return (version, applied)
    }
  }

  /// `PRAGMA synchronous` of the writing connection (2 = FULL), or nil when read-only.
  public func synchronousMode() throws -> Int? {
    try writer?.writeWithoutTransaction { db in try Int.fetchOne(db, sql: "PRAGMA synchronous") }
  }

  // MARK: Helpers

  private func write<T>(_ body: (Database) throws -> T) throws -> T {
    guard let writer else {
      throw TriageStoreError(.readOnly, "cannot mark: \(status.message)")
    }
    do {
      return try writer.write(body)
    } catch {
      throw TriageStoreError.from(error, path: path, busyTimeout: busyTimeout)
    }
  }

  private func read<T>(_ body: (Database) throws -> T) throws -> T {
    do {
      return try reader.read(body)
    } catch {
      throw TriageStoreError.from(error, path: path, busyTimeout: busyTimeout)
    }
  }

  private func fetchMarks(_ sql: String, _ arguments: StatementArguments) throws -> [TriageMark] {
    try read { db in try Row.fetchAll(db, sql: sql, arguments: arguments).compactMap(Self.mark(from:)) }
  }

  private func clean(_ text: String?, limit: Int, what: String) throws -> String? {
    guard let text = text?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return nil }
    guard text.count <= limit else {
      throw TriageStoreError(.invalidInput, "\(what) too long (\(text.count) characters, at most \(limit))")
    }
    return text
  }

  private static func states(of marks: [TriageMark]) -> [String: TriageState] {
    Dictionary(grouping: marks, by: \.postID).compactMapValues(TriageState.reduce)
  }

  private static func save(_ post: TriagedPost, in db: Database) throws {
    try db.execute(
      sql: """
        INSERT INTO posts (post_id, platform, author, text, event_time, service, complaint, score, url)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT(post_id) DO UPDATE SET platform = excluded.platform, author = excluded.author,
        text = excluded.text, event_time = excluded.event_time, service = excluded.service,
        complaint = excluded.complaint, score = excluded.score, url = excluded.url
        """,
      arguments: [
        post.postID, post.platform, post.author, post.text, post.eventTime, post.service, post.complaint,
        post.score.isFinite ? post.score : 0, post.url,
      ])
  }

  private static func insert(_ mark: TriageMark, in db: Database) throws -> TriageMark {
    try db.execute(
      sql: "INSERT INTO marks (post_id, action, team, note, officer, created_at, undoes) VALUES (?, ?, ?, ?, ?, ?, ?)",
      arguments: [mark.postID, mark.action.rawValue, mark.team, mark.note, mark.officer, mark.createdAt, mark.undoes])
    var saved = mark
    saved.id = db.lastInsertedRowID
    return saved
  }

  /// A mark from a row of `marks`; nil for a row this version cannot read (unknown action, wrong types), which is
  /// skipped rather than stopping the whole log.
  private static func mark(from row: Row) -> TriageMark? {
    do {
      guard let action = TriageAction(rawValue: try row.decode(String.self, forColumn: "action")) else { return nil }
      return TriageMark(
        id: try row.decode(forColumn: "id"), postID: try row.decode(forColumn: "post_id"), action: action,
        team: try row.decode(forColumn: "team"), note: try row.decode(forColumn: "note"),
        officer: try row.decode(forColumn: "officer"), createdAt: try row.decode(forColumn: "created_at"),
        undoes: try row.decode(forColumn: "undoes"))
    } catch {
      return nil
    }
  }

  /// The stored copy of a post from a row holding the `posts` columns; nil when they cannot be read.
  private static func post(from row: Row) -> TriagedPost? {
    try? TriagedPost(
      postID: row.decode(forColumn: "post_id"), platform: row.decode(forColumn: "platform"),
      author: row.decode(forColumn: "author"), text: row.decode(forColumn: "text"),
      eventTime: row.decode(forColumn: "event_time"), service: row.decode(forColumn: "service"),
      complaint: row.decode(forColumn: "complaint"), score: row.decode(forColumn: "score"),
      url: row.decode(forColumn: "url"))
  }
}
