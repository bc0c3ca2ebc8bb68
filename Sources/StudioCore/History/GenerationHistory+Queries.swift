public import Foundation
import GRDB

extension GenerationHistory {
    /// The account's tasks, newest first, with their outputs.
    /// - Throws: ``LedgerError/unknownAccount(_:)``.
    public func tasks(of email: String, matching filter: TaskFilter = TaskFilter()) throws -> [GenerationTask] {
        try database.read { db in
            let account = try Account.find(db, email: email)
            var sql = GenerationTask.selection + " WHERE g.account_id = ?"
            var arguments: StatementArguments = [account.id]
            if let tool = filter.tool {
                sql += " AND g.tool = ?"
                arguments += [tool.rawValue]
            }
            if let status = filter.status {
                sql += " AND g.status = ?"
                arguments += [status.rawValue]
            }
            if let sku = filter.sku {
                sql += " AND g.sku = ?"
                arguments += [sku]
            }
            if let since = filter.dates.lowerBound {
                sql += " AND g.created_at >= ?"
                arguments += [since]
            }
            if let until = filter.dates.upperBound {
                sql += " AND g.created_at < ?"
                arguments += [until]
            }
            return try Row.fetchAll(db, sql: sql + " ORDER BY g.id DESC", arguments: arguments).map { row in
                GenerationTask(row: row, outputs: try GenerationOutput.fetchAll(db, task: row["id"]))
            }
        }
    }

    /// One task of the account, with its outputs.
    /// - Throws: ``LedgerError/unknownTask(_:)``, ``LedgerError/unknownAccount(_:)``.
    public func task(_ id: Int64, of email: String) throws -> GenerationTask {
        try database.read { db in
            let account = try Account.find(db, email: email)
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: GenerationTask.selection + " WHERE g.id = ? AND g.account_id = ?",
                    arguments: [id, account.id]
                )
            else { throw LedgerError.unknownTask(id) }
            return GenerationTask(row: row, outputs: try GenerationOutput.fetchAll(db, task: id))
        }
    }

    /// The task and output that produced a file with this SHA-256, in any account; the earliest when several did.
    ///
    /// - Parameter sha256: 64 hexadecimal digits, in either case.
    /// - Returns: nil when no recorded output has this content.
    public func producer(ofSHA256 sha256: String) throws -> (task: GenerationTask, output: GenerationOutput)? {
        try database.read { db in
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: "SELECT task_id, position FROM generation_output WHERE sha256 = ? ORDER BY task_id, position LIMIT 1",
                    arguments: [sha256.lowercased()]
                )
            else { return nil }
            let taskID: Int64 = row["task_id"]
            guard let taskRow = try Row.fetchOne(db, sql: GenerationTask.selection + " WHERE g.id = ?", arguments: [taskID])
            else { return nil }
            let outputs = try GenerationOutput.fetchAll(db, task: taskID)
            guard let output = outputs.first(where: { $0.position == row["position"] }) else { return nil }
            return (GenerationTask(row: taskRow, outputs: outputs), output)
        }
    }

    /// The task and output that produced the file at `url`, found by its content.
    /// - Throws: ``LedgerError/unreadableOutput(path:)`` when the file cannot be read.
    public func producer(of url: URL) throws -> (task: GenerationTask, output: GenerationOutput)? {
        guard let (digest, _) = try? SHA256.hex(ofFileAt: url) else { throw LedgerError.unreadableOutput(path: url.path) }
        return try producer(ofSHA256: digest)
    }
}
