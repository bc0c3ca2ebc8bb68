import GRDB

/// Tells a ProductStudio database from another program's before anything is written to it.
///
/// A ProductStudio database carries ``applicationID`` in its header and its schema version in
/// `user_version`. Files from before the application id was set are recognised by their tables.
enum DatabaseIdentity {
    /// `PRAGMA application_id` of every ProductStudio database: "PStd".
    static let applicationID: Int32 = 0x5053_7464

    /// The tables a ProductStudio database may hold (GRDB's migration record included).
    static let tables: Set<String> = [
        "account", "credit_transaction", "generation_task", "generation_output", "idempotency_key", "grdb_migrations",
    ]

    /// What the open file is.
    enum State: Equatable {
        /// An empty database, ready to be given the schema.
        case empty
        /// A ProductStudio database at this schema version.
        case studio(version: Int)
    }

    /// Reads the header and the table names, and refuses a file that is not ours or is newer than `knownVersion`.
    /// - Throws: ``StoreError/notOurs(path:)``, ``StoreError/newerSchema(path:)``.
    static func check(_ db: Database, path: String, knownVersion: Int) throws -> State {
        let application = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
        let names = Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'"))
        switch application {
        case applicationID:
            break
        case 0 where names.isEmpty && version == 0:
            return .empty
        case 0 where names.contains("grdb_migrations") && names.isSubset(of: tables):
            break
        default:
            throw StoreError.notOurs(path: path)
        }
        guard version <= knownVersion else { throw StoreError.newerSchema(path: path) }
        return .studio(version: version)
    }

    /// Marks the database as ProductStudio's at schema `version`.
    static func stamp(_ db: Database, version: Int) throws {
        try db.execute(sql: "PRAGMA application_id = \(applicationID)")
        try db.execute(sql: "PRAGMA user_version = \(version)")
    }
}
