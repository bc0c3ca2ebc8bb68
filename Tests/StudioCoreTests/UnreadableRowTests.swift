import Foundation
import GRDB
import StudioTestSupport
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
        ("UPDATE generation_task SET cost = 'many' WHERE id = 1", "generation_task", "cost", "tasks"),
        ("UPDATE generation_task SET cost = 2.5 WHERE id = 1", "generation_task", "cost", "task"),
        ("UPDATE generation_task SET created_at = x'00' WHERE id = 1", "generation_task", "created_at", "tasks"),
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

    /// An output's columns are read as strictly as its task's, in a listing and in a lookup by content.
    @Test(arguments: [
        ("UPDATE generation_output SET bytes = 'big'", "bytes", "tasks"),
        ("UPDATE generation_output SET position = 1.5", "position", "task"),
        ("UPDATE generation_output SET bytes = 'big'", "bytes", "producers"),
    ])
    func anOutputThisVersionCannotReadIsRefusedNamingTheRow(corruption: String, column: String, reader: String) throws {
        let studio = try TestStudio()
        let folder = try TemporaryFolder()
        let file = try folder.write("a.png", Data("made".utf8))
        try studio.history.complete(try studio.startImage().task, outputs: [file], for: studio.email)
        try studio.database.queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA ignore_check_constraints = ON")
            try db.execute(sql: corruption)
        }
        let read: [String: () throws -> Void] = [
            "tasks": { _ = try studio.history.tasks(of: studio.email) },
            "task": { _ = try studio.history.task(1, of: studio.email) },
            "producers": { _ = try studio.history.producers(ofSHA256s: [SHA256.hex(of: Array("made".utf8))]) },
        ]
        let error = try #require(throws: StoreError.self) { try read[reader]!() }
        #expect(error == .unreadableRow(table: "generation_output", id: 1, column: column, value: Self.stored(corruption)))
    }

    /// The value a corruption statement stores, as the error shows it.
    private static func stored(_ corruption: String) -> String {
        let literal = String(corruption.split(separator: "=").last!.trimmingCharacters(in: .whitespaces))
        return literal.hasPrefix("'") ? "\"" + literal.dropFirst().dropLast() + "\"" : literal
    }
}
