import Foundation
import GRDB
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

    @Test func refusesADatabaseFromANewerSchemaAndLeavesItUnchanged() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("studio.sqlite")
        let database = try StudioDatabase.open(at: path)
        try database.queue.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('from-the-future')")
        }
        try database.queue.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))

        #expect(throws: StoreError.newerSchema(path: path)) { try StudioDatabase.open(at: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
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
