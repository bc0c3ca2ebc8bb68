import Foundation
import GRDB
import StudioTestSupport

@testable import StudioCore

/// A ledger database on disk with one account and `adjustments` more transactions, closed so a test can damage
/// its bytes the way a failing disk would.
struct LedgerFile {
    let folder: TemporaryFolder
    let path: String
    /// The file offset where each table's and index's root page starts, by name.
    let rootPages: [String: UInt64]
    /// The size of a page, in bytes.
    let pageSize: UInt64

    init(adjustments: Int) throws {
        folder = try TemporaryFolder()
        path = folder.path("studio.sqlite")
        let database = try StudioDatabase.open(at: path)
        let ledger = CreditLedger(database: database)
        try ledger.open(email: "ana@example.com")
        for n in 1...adjustments { try ledger.adjust("ana@example.com", by: 1, reason: "row \(n)") }
        let pageSize = try database.queue.read { try UInt64.fetchOne($0, sql: "PRAGMA page_size")! }
        self.pageSize = pageSize
        rootPages = try database.queue.read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT name, rootpage FROM sqlite_master WHERE rootpage > 0")
            return Dictionary(uniqueKeysWithValues: rows.map { ($0["name"] as String, (($0["rootpage"] as UInt64) - 1) * pageSize) })
        }
        try database.queue.close()
    }

    /// Replaces the byte at `offset` from the start of `name`'s root page with `change(byte)`.
    func damage(_ name: String, at offset: UInt64, _ change: (UInt8) -> UInt8) throws {
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        let position = rootPages[name]! + offset
        try handle.seek(toOffset: position)
        let byte = try handle.read(upToCount: 1)![0]
        try handle.seek(toOffset: position)
        try handle.write(contentsOf: Data([change(byte)]))
    }

    /// The file's bytes now.
    var bytes: Data {
        get throws { try Data(contentsOf: URL(fileURLWithPath: path)) }
    }
}
