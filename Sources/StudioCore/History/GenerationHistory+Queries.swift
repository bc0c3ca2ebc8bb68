public import Foundation
import GRDB

extension GenerationHistory {
    /// The account's tasks, newest first, with their outputs.
    /// - Throws: ``AccountError/unknownAccount(_:)``; ``StoreError/unreadableRow(table:id:column:value:)``.
    public func tasks(of email: String, matching filter: TaskFilter = TaskFilter()) throws -> [GenerationTask] {
        try Array { try forEachTask(of: email, matching: filter, $0) }
    }

    /// Hands the account's tasks to `body` one at a time, newest first, with their outputs, as they are read:
    /// two queries walked side by side (the tasks, and their outputs in the same order), one task in memory,
    /// however many.
    /// - Throws: ``AccountError/unknownAccount(_:)``; ``StoreError/unreadableRow(table:id:column:value:)``;
    ///   what `body` throws.
    public func forEachTask(
        of email: String,
        matching filter: TaskFilter = TaskFilter(),
        _ body: (GenerationTask) throws -> Void
    ) throws {
        try database.read { db in
            let account = try Account.find(db, email: email)
            var conditions = SQLConditions()
            conditions.add("g.account_id = ?", [account.id])
            if let tool = filter.tool { conditions.add("g.tool = ?", [tool.rawValue]) }
            if let status = filter.status { conditions.add("g.status = ?", [status.rawValue]) }
            if let sku = filter.sku { conditions.add("g.sku = ?", [sku]) }
            conditions.add(filter.dates, column: "g.created_at")
            let order = " ORDER BY g.created_at DESC, g.id DESC"
            let outputs = OutputRun(
                try GenerationOutput.cursor(
                    db,
                    " JOIN generation_task g ON g.id = o.task_id" + conditions.sql + order + ", o.position",
                    arguments: conditions.arguments
                )
            )
            let tasks = try GenerationTask.cursor(
                db,
                conditions.sql + order + (filter.limit.map { " LIMIT \($0)" } ?? ""),
                arguments: conditions.arguments,
                outputs: outputs.take
            )
            while let task = try tasks.next() { try body(task) }
        }
    }

    /// One task of the account, with its outputs.
    /// - Throws: ``AccountError/unknownTask(_:)``, ``AccountError/unknownAccount(_:)``.
    public func task(_ id: Int64, of email: String) throws -> GenerationTask {
        try database.read { db in
            let account = try Account.find(db, email: email)
            let tasks = try GenerationTask.cursor(db, " WHERE g.id = ? AND g.account_id = ?", arguments: [id, account.id]) {
                try GenerationOutput.fetchAll(db, task: $0)
            }
            guard let task = try tasks.next() else { throw AccountError.unknownTask(id) }
            return task
        }
    }

    /// The task and output that produced a file with this SHA-256, in any account; the earliest when several did.
    ///
    /// - Parameter sha256: 64 hexadecimal digits, in either case.
    /// - Returns: nil when no recorded output has this content.
    /// - Throws: ``StoreError/unreadableRow(table:id:column:value:)``.
    public func producer(ofSHA256 sha256: String) throws -> (task: GenerationTask, output: GenerationOutput)? {
        try database.read { db in
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: "SELECT task_id, position FROM generation_output WHERE sha256 = ? ORDER BY task_id, position LIMIT 1",
                    arguments: [sha256.lowercased()]
                )
            else { return nil }
            let taskID: Int64 = try row.value("task_id", in: "generation_output")
            let position: Int = try row.value("position", in: "generation_output")
            let tasks = try GenerationTask.cursor(db, " WHERE g.id = ?", arguments: [taskID]) { try GenerationOutput.fetchAll(db, task: $0) }
            guard let task = try tasks.next(), let output = task.outputs.first(where: { $0.position == position }) else { return nil }
            return (task, output)
        }
    }

    /// The task and output that produced each of these files, by SHA-256 (in either case).
    ///
    /// Files no recorded task produced are absent. The earliest task and output win when several produced
    /// the same bytes.
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
                    let candidate: (task: Int64, position: Int) = (
                        try row.value("task_id", in: "generation_output"), try row.value("position", in: "generation_output")
                    )
                    let sha256: String = try row.value("sha256", in: "generation_output")
                    if let known = earliest[sha256], (known.task, known.position) <= (candidate.task, candidate.position) { continue }
                    earliest[sha256] = candidate
                }
            }
            let taskIDs = Array(Set(earliest.values.map(\.task)))
            var tasks: [Int64: GenerationTask] = [:]
            for chunk in stride(from: 0, to: taskIDs.count, by: 500).map({ taskIDs[$0..<min(taskIDs.count, $0 + 500)] }) {
                let marks = databaseQuestionMarks(count: chunk.count)
                let arguments = StatementArguments(Array(chunk))
                var outputs: [Int64: [GenerationOutput]] = [:]
                let outputRows = try GenerationOutput.cursor(
                    db,
                    " WHERE o.task_id IN (\(marks)) ORDER BY o.task_id, o.position",
                    arguments: arguments
                )
                while let (task, output) = try outputRows.next() { outputs[task, default: []].append(output) }
                let taskRows = try GenerationTask.cursor(db, " WHERE g.id IN (\(marks))", arguments: arguments) { outputs[$0] ?? [] }
                while let task = try taskRows.next() { tasks[task.id] = task }
            }
            return earliest.compactMapValues { found in
                guard let task = tasks[found.task], let output = task.outputs.first(where: { $0.position == found.position }) else { return nil }
                return (task, output)
            }
        }
    }

    /// The task and output that produced the file at `url`, found by its content.
    /// - Throws: ``AccountError/unreadableOutput(path:)`` when the file cannot be read.
    public func producer(of url: URL) throws -> (task: GenerationTask, output: GenerationOutput)? {
        guard let (digest, _) = try? SHA256.hex(ofFileAt: url) else { throw AccountError.unreadableOutput(path: url.path) }
        return try producer(ofSHA256: digest)
    }
}

/// The outputs of a listing's tasks, read in the tasks' order, handed over one task's run at a time.
private final class OutputRun {
    private let cursor: StoredRowCursor<(task: Int64, output: GenerationOutput)>
    /// The first output of the next task, read but not handed over yet.
    private var pending: (task: Int64, output: GenerationOutput)?

    init(_ cursor: StoredRowCursor<(task: Int64, output: GenerationOutput)>) {
        self.cursor = cursor
    }

    /// The outputs of task `id`, the next task in the order (the tasks before it have been taken).
    func take(task id: Int64) throws -> [GenerationOutput] {
        var outputs: [GenerationOutput] = []
        while true {
            if pending == nil { pending = try cursor.next() }
            guard let next = pending, next.task == id else { return outputs }
            outputs.append(next.output)
            pending = nil
        }
    }
}
