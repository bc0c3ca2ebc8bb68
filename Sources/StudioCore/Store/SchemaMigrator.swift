import GRDB

/// One change to the schema, recorded by its identifier once applied.
///
/// Never edit one that has shipped: add another.
struct SchemaMigration: Sendable {
    let identifier: String
    let sql: String
}

/// Brings a database's schema up to date: every missing migration, the application id and the schema version,
/// all in the caller's one immediate transaction, so processes opening a new database at once wait for the
/// first instead of racing it.
///
/// Applied migrations are recorded in `grdb_migrations`, the table earlier versions of the tool kept with
/// GRDB's migrator, so those versions still recognise a newer database and refuse it.
struct SchemaMigrator: Sendable {
    /// The migrations in the order they apply.
    let migrations: [SchemaMigration]

    /// The schema version a database has once every migration is applied: `PRAGMA user_version`.
    var version: Int { migrations.count }

    /// Applies what `db` lacks, inside the caller's immediate transaction.
    /// - Throws: ``StoreError/notOurs(path:)``, ``StoreError/newerSchema(path:)``; SQLite's errors.
    func migrate(_ db: Database, path: String) throws {
        _ = try DatabaseIdentity.check(db, path: path, knownVersion: version)
        try db.execute(sql: "CREATE TABLE IF NOT EXISTS grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
        let applied = Set(try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"))
        guard applied.isSubset(of: migrations.map(\.identifier)) else { throw StoreError.newerSchema(path: path) }
        for migration in migrations where !applied.contains(migration.identifier) {
            try db.execute(sql: migration.sql)
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES (?)", arguments: [migration.identifier])
        }
        try DatabaseIdentity.stamp(db, version: version)
    }

    /// Whether `db` is a ProductStudio database at this schema version, read without a write lock.
    func isCurrent(_ db: Database) throws -> Bool {
        try Int32.fetchOne(db, sql: "PRAGMA application_id") == DatabaseIdentity.applicationID
            && Int.fetchOne(db, sql: "PRAGMA user_version") == version
    }
}
