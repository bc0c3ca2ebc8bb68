import Foundation
import GRDB
import Testing

@testable import StudioCore

/// A row holding a value this version cannot read (a damaged file, or a newer version's kind) is refused,
/// naming the row, never shown as some other kind.
@Suite struct UnreadableRowTests {
    private static let readers: [String: @Sendable (TestStudio) throws -> Void] = [
        "transactions": { studio in _ = try studio.ledger.transactions(of: studio.email) },
        "tasks": { studio in _ = try studio.history.tasks(of: studio.email) },
        "task": { studio in _ = try studio.history.task(1, of: studio.email) },
    ]

    @Test(arguments: [
        ("UPDATE credit_transaction SET kind = 'bonus' WHERE id = 1", "credit_transaction", "kind", "transactions"),
        ("UPDATE credit_transaction SET created_at = 'soon' WHERE id = 1", "credit_transaction", "created_at", "transactions"),
        (
            "DROP TRIGGER credit_transaction_stays_in_integers; UPDATE credit_transaction SET amount = 'many' WHERE id = 1", "credit_transaction",
            "amount", "transactions"
        ),
        ("UPDATE generation_task SET status = 'paused' WHERE id = 1", "generation_task", "status", "tasks"),
        ("UPDATE generation_task SET tool = 'audio' WHERE id = 1", "generation_task", "tool", "tasks"),
        ("UPDATE generation_task SET quality = 'cinema' WHERE id = 1", "generation_task", "quality", "task"),
        ("UPDATE generation_task SET image_count = NULL WHERE id = 1", "generation_task", "image_count", "task"),
        ("UPDATE generation_task SET tool = 'video' WHERE id = 1", "generation_task", "duration", "task"),
    ])
    func aValueThisVersionCannotReadIsRefusedNamingTheRow(corruption: String, table: String, column: String, reader: String) throws {
        let studio = try TestStudio()
        try studio.startImage()
        try studio.database.queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF; PRAGMA ignore_check_constraints = ON")
            try db.execute(sql: corruption)
        }
        let error = try #require(throws: StoreError.self) { try Self.readers[reader]!(studio) }
        guard case .unreadableRow(let rowTable, let id, let rowColumn, _) = error else {
            Issue.record("expected an unreadable row, got \(error)")
            return
        }
        #expect(rowTable == table)
        #expect(id == 1)
        #expect(rowColumn == column)
    }
}
