import GRDB

/// The state database's schema, as versioned migrations. GRDB records applied migrations in `grdb_migrations`;
/// each migration also sets `PRAGMA user_version` to its number so `sqlite3` users can see the version.
///
/// Never edit a shipped migration: add the next one ("v2", ...), and bump `currentVersion`.
enum StoreSchema {
  static let currentVersion = 1

  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1") { db in
      // The copy of each post that has marks: the triage log must stay readable after the post left the window.
      try db.create(table: "posts") { table in
        table.primaryKey("post_id", .text)
        table.column("platform", .text).notNull()
        table.column("author", .text).notNull()
        table.column("text", .text).notNull()
        table.column("event_time", .integer).notNull()
        table.column("service", .text)
        table.column("complaint", .boolean).notNull()
        table.column("score", .double).notNull()
        table.column("url", .text)
      }
      // Append-only log of marks; `id` grows in commit order, so readers poll with `id > last seen`.
      try db.create(table: "marks") { table in
        table.autoIncrementedPrimaryKey("id")
        table.column("post_id", .text).notNull().indexed().references("posts", onDelete: .restrict)
        table.column("action", .text).notNull()
        table.column("team", .text)
        table.column("note", .text)
        table.column("officer", .text).notNull()
        table.column("created_at", .integer).notNull().indexed()
        table.column("undoes", .integer).indexed().references("marks", onDelete: .restrict)
      }
      try db.execute(sql: "PRAGMA user_version = 1")
    }
    return migrator
  }
}
