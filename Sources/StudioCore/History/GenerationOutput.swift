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

    /// The query that reads outputs (`o`), in ``Column``'s order.
    private static let selection = "SELECT " + Column.allCases.map { "o." + $0.name }.joined(separator: ", ") + " FROM generation_output o"

    /// The outputs `clause` picks (a WHERE and what follows, over `o`), each with its task's id, as they are read.
    static func cursor(
        _ db: Database,
        _ clause: String,
        arguments: StatementArguments = []
    ) throws -> StoredRowCursor<(task: Int64, output: GenerationOutput)> {
        try StoredRowCursor(db, sql: selection + clause, arguments: arguments) { row in
            (
                try row.value(Column.taskID),
                GenerationOutput(
                    position: try row.value(Column.position),
                    path: try row.value(Column.path),
                    sha256: try row.value(Column.sha256),
                    bytes: try row.value(Column.bytes)
                )
            )
        }
    }

    /// The outputs of the task with this id, in order.
    static func fetchAll(_ db: Database, task: Int64) throws -> [GenerationOutput] {
        try Array(cursor(db, " WHERE o.task_id = ? ORDER BY o.position", arguments: [task]).map(\.output))
    }
}
