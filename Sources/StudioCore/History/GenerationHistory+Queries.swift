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

    /// The task and output that produced each of these files, by SHA-256 (in either case); files no recorded
    /// task produced are absent. The earliest task and output win when several produced the same bytes.
    ///
    /// One query per 500 hashes and one per 500 tasks, however many files: for checking a whole folder.
    public func producers(ofSHA256s hashes: [String]) throws -> [String: (task: GenerationTask, output: GenerationOutput)] {
        let wanted = Array(Set(hashes.map { $0.lowercased() }))
        return try database.read { db in
            var earliest: [String: (task: Int64, position: Int)] = [:]
            for chunk in stride(from: 0, to: wanted.count, by: 500).map({ wanted[$0..<min(wanted.count, $0 + 500)] }) {
                let rows = try Row.fetchAll(
                    db,
                    sql: "SELECT sha256, task_id, position FROM generation_output WHERE sha256 IN (\(databaseQuestionMarks(count: chunk.count)))",
                    arguments: StatementArguments(Array(chunk))
                )
                for row in rows {
                    let candidate: (task: Int64, position: Int) = (row["task_id"], row["position"])
                    let sha256: String = row["sha256"]
                    if let known = earliest[sha256], (known.task, known.position) <= (candidate.task, candidate.position) { continue }
                    earliest[sha256] = candidate
                }
            }
            let taskIDs = Array(Set(earliest.values.map(\.task)))
            var tasks: [Int64: GenerationTask] = [:]
            for chunk in stride(from: 0, to: taskIDs.count, by: 500).map({ taskIDs[$0..<min(taskIDs.count, $0 + 500)] }) {
                let marks = databaseQuestionMarks(count: chunk.count)
                var outputs: [Int64: [GenerationOutput]] = [:]
                for row in try Row.fetchAll(
                    db,
                    sql: "SELECT * FROM generation_output WHERE task_id IN (\(marks)) ORDER BY task_id, position",
                    arguments: StatementArguments(Array(chunk))
                ) {
                    outputs[row["task_id"], default: []].append(GenerationOutput(row: row))
                }
                for row in try Row.fetchAll(db, sql: GenerationTask.selection + " WHERE g.id IN (\(marks))", arguments: StatementArguments(Array(chunk))) {
                    let id: Int64 = row["id"]
                    tasks[id] = GenerationTask(row: row, outputs: outputs[id] ?? [])
                }
            }
            return earliest.compactMapValues { found in
                guard let task = tasks[found.task], let output = task.outputs.first(where: { $0.position == found.position }) else { return nil }
                return (task, output)
            }
        }
    }

    /// The task and output that produced the file at `url`, found by its content.
    /// - Throws: ``LedgerError/unreadableOutput(path:)`` when the file cannot be read.
    public func producer(of url: URL) throws -> (task: GenerationTask, output: GenerationOutput)? {
        guard let (digest, _) = try? SHA256.hex(ofFileAt: url) else { throw LedgerError.unreadableOutput(path: url.path) }
        return try producer(ofSHA256: digest)
    }
}
