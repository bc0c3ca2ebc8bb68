import Foundation
import GRDB
import StudioTestSupport
import Testing

@testable import StudioCore

@Suite struct StudioDatabaseTests {
    @Test func createsTheFileAndItsFolderInWALModeWithFullSync() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("nested/dir/studio.sqlite")
        let database = try StudioDatabase.open(at: path)
        #expect(FileManager.default.fileExists(atPath: path))
        let (journal, synchronous, foreignKeys) = try database.queue.read { db in
            (
                try String.fetchOne(db, sql: "PRAGMA journal_mode"), try Int.fetchOne(db, sql: "PRAGMA synchronous"),
                try Bool.fetchOne(db, sql: "PRAGMA foreign_keys")
            )
        }
        #expect(journal == "wal")
        #expect(synchronous == 2)
        #expect(foreignKeys == true)
    }

    @Test func keepsDataAcrossOpenings() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("studio.sqlite")
        try CreditLedger(database: try StudioDatabase.open(at: path)).open(email: "ana@example.com")
        #expect(try CreditLedger(database: try StudioDatabase.open(at: path)).balance(of: "ana@example.com") == 50)
    }

    @Test func refusesAFileThatIsNotSQLiteAndLeavesItUnchanged() throws {
        let folder = try TemporaryFolder()
        let contents = Data("name,credits\nana,50\n".utf8)
        let file = try folder.write("ledger.csv", contents)
        #expect(throws: StoreError.notSQLite(path: file.path)) { try StudioDatabase.open(at: file.path) }
        #expect(try Data(contentsOf: file) == contents)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["ledger.csv"])
    }

    @Test(arguments: [
        "PRAGMA user_version = 99",
        "PRAGMA user_version = 0; PRAGMA application_id = 0; INSERT INTO grdb_migrations (identifier) VALUES ('from-the-future')",
    ])
    func refusesADatabaseFromANewerSchemaAndLeavesItUnchanged(change: String) throws {
        let folder = try TemporaryFolder()
        let path = folder.path("studio.sqlite")
        let database = try StudioDatabase.open(at: path)
        try database.queue.writeWithoutTransaction { db in try db.execute(sql: change) }
        try database.queue.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))

        #expect(throws: StoreError.newerSchema(path: path)) { try StudioDatabase.open(at: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["studio.sqlite"])
    }

    @Test func marksItsDatabasesWithTheApplicationIDAndSchemaVersion() throws {
        let folder = try TemporaryFolder()
        let database = try StudioDatabase.open(at: folder.path("studio.sqlite"))
        let (application, version) = try database.queue.read { db in
            (try Int32.fetchOne(db, sql: "PRAGMA application_id"), try Int.fetchOne(db, sql: "PRAGMA user_version"))
        }
        #expect(application == 0x5053_7464)
        #expect(version == StudioDatabase.schema.version)
    }

    /// Another program's SQLite files, in rollback and in WAL mode, with and without an application id: each is
    /// refused before anything is written, byte for byte unchanged and without a sidecar file left.
    @Test(arguments: [
        "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)",
        "PRAGMA application_id = 1234; CREATE TABLE account (id INTEGER PRIMARY KEY)",
        "PRAGMA user_version = 3",
        "CREATE TABLE grdb_migrations (identifier TEXT PRIMARY KEY); CREATE TABLE photos (id INTEGER PRIMARY KEY)",
    ])
    func refusesAnotherProgramsDatabaseByteForByte(setup: String) throws {
        for journal in ["DELETE", "WAL"] {
            let folder = try TemporaryFolder()
            let path = folder.path("other.sqlite")
            let other = try DatabaseQueue(path: path)
            try other.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA journal_mode = \(journal)")
                try db.execute(sql: setup)
            }
            try other.close()
            let before = try Data(contentsOf: URL(fileURLWithPath: path))

            #expect(throws: StoreError.notOurs(path: path)) { try StudioDatabase.open(at: path) }
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["other.sqlite"])
        }
    }

    /// A database the first version wrote (GRDB's migration table, no application id, global idempotency keys)
    /// is recognised, upgraded in place, and its keys still answer.
    @Test func aDatabaseFromTheFirstVersionIsUpgradedInPlace() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("studio.sqlite")
        let first = try DatabaseQueue(path: path)
        try first.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA journal_mode = WAL")
            try db.execute(sql: "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
            for migration in StudioDatabase.schema.migrations.prefix(4) {
                try db.execute(sql: migration.sql)
                try db.execute(sql: "INSERT INTO grdb_migrations VALUES (?)", arguments: [migration.identifier])
            }
        }
        try first.close()
        let ledger = CreditLedger(database: try StudioDatabase.open(at: path))
        let opening = try ledger.open(email: "ana@example.com", idempotencyKey: "k1")

        let reopened = try StudioDatabase.open(at: path)
        #expect(try CreditLedger(database: reopened).open(email: "ana@example.com", idempotencyKey: "k1") == opening)
        let identifiers = try reopened.queue.read { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations") }
        #expect(Set(identifiers) == Set(StudioDatabase.schema.migrations.map(\.identifier)))
    }

    @Test(arguments: [("folder", FileKind.folder), ("fifo", .fifo)])
    func refusesAPathThatIsNotARegularFileWithoutWaiting(name: String, kind: FileKind) throws {
        let folder = try TemporaryFolder()
        let path = folder.path(name)
        if kind == .folder {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        } else {
            #expect(mkfifo(path, 0o644) == 0)
        }
        #expect(throws: StoreError.notAFile(path: path, kind: kind)) { try StudioDatabase.open(at: path) }
        #expect(throws: StoreError.emptyPath) { try StudioDatabase.open(at: "") }
    }

    @Test func aPathThatLooksLikeAURIIsOpenedAsAFileName() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("file:studio?mode=memory#1.sqlite")
        try CreditLedger(database: try StudioDatabase.open(at: path)).open(email: "ana@example.com")
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(try CreditLedger(database: try StudioDatabase.open(at: path)).balance(of: "ana@example.com") == 50)
    }

    @Test func damageSQLiteFindsIsRefusedBeforeAnyWrite() throws {
        let file = try LedgerFile(adjustments: 200)
        // The table's root page loses its page type: a damaged b-tree, as a flipped bit on disk would leave it.
        try file.damage("credit_transaction", at: 0) { _ in 0x07 }
        let before = try file.bytes

        let damaged = CreditLedger(database: try StudioDatabase.open(at: file.path))
        #expect {
            try damaged.adjust("ana@example.com", by: 1, reason: "one more")
        } throws: { error in
            guard case .damaged(file.path, let problems) = error as? StoreError else { return false }
            return !problems.isEmpty
        }
        #expect(try file.bytes == before)
    }

    @Test func constraintsRefuseImpossibleRows() throws {
        let database = try StudioDatabase.inMemory()
        try CreditLedger(database: database).open(email: "ana@example.com")
        let impossible = [
            "UPDATE account SET balance = -1",
            "INSERT INTO credit_transaction (account_id, kind, amount, balance_after, created_at) VALUES (1, 'charge', 5, 55, 0)",
            "INSERT INTO credit_transaction (account_id, kind, amount, balance_after, created_at) VALUES (1, 'refund', 5, 55, 0)",
            "INSERT INTO credit_transaction (account_id, kind, amount, balance_after, created_at) VALUES (9, 'adjustment', 5, 5, 0)",
            "INSERT INTO credit_transaction (account_id, kind, amount, balance_after, created_at) VALUES (1, 'grant', 5, 55, 0)",
        ]
        for sql in impossible {
            #expect(throws: DatabaseError.self, "\(sql)") { try database.queue.write { try $0.execute(sql: sql) } }
        }
    }
}
