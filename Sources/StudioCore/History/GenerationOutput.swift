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
    /// The columns ``selection`` reads, in its order.
    enum Column: Int, ResultColumn {
        case id, taskID, position, path, sha256, bytes

        static let table = "generation_output"

        var name: String {
            switch self {
            case .id: "id"
            case .taskID: "task_id"
            case .position: "position"
            case .path: "path"
            case .sha256: "sha256"
            case .bytes: "bytes"
            }
        }
    }

    /// The query that reads outputs (`o`) as ``init(row:)`` reads them; add a WHERE.
    static let selection = "SELECT " + Column.allCases.map { "o." + $0.name }.joined(separator: ", ") + " FROM generation_output o"

    init(row: Row) throws {
        self.init(
            position: try row.value(Column.position),
            path: try row.value(Column.path),
            sha256: try row.value(Column.sha256),
            bytes: try row.value(Column.bytes)
        )
    }

    /// The outputs of the task with this id, in order.
    static func fetchAll(_ db: Database, task: Int64) throws -> [GenerationOutput] {
        try Row.fetchAll(db, sql: selection + " WHERE task_id = ? ORDER BY position", arguments: [task]).map { try GenerationOutput(row: $0) }
    }
}
