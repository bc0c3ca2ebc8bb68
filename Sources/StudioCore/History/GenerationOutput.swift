import GRDB

/// A file a task produced, identified by its content.
public struct GenerationOutput: Sendable, Equatable, Codable {
    /// Its place among the task's outputs, from 1.
    public let position: Int
    /// The absolute path it was recorded at.
    public let path: String
    /// The SHA-256 of its bytes, 64 lowercase hexadecimal digits.
    public let sha256: String
    /// Its size in bytes.
    public let bytes: Int64
}

extension GenerationOutput {
    init(row: Row) throws {
        let table = "generation_output"
        self.init(
            position: try row.value("position", in: table),
            path: try row.value("path", in: table),
            sha256: try row.value("sha256", in: table),
            bytes: try row.value("bytes", in: table)
        )
    }

    /// The outputs of the task with this id, in order.
    static func fetchAll(_ db: Database, task: Int64) throws -> [GenerationOutput] {
        try Row.fetchAll(
            db,
            sql: "SELECT * FROM generation_output WHERE task_id = ? ORDER BY position",
            arguments: [task]
        ).map { try GenerationOutput(row: $0) }
    }
}
