import GRDB

/// The rows of a query, each turned into an `Element` by `read` while SQLite is on it: one row in memory, read by
/// position and checked (``StoredRow``).
final class StoredRowCursor<Element>: DatabaseCursor {
    let _statement: Statement
    var _isDone = false
    private let read: (StoredRow) throws -> Element

    /// A cursor over `sql`, ready to iterate.
    init(_ db: Database, sql: String, arguments: StatementArguments = [], read: @escaping (StoredRow) throws -> Element) throws {
        _statement = try db.makeStatement(sql: sql)
        try _statement.setArguments(arguments)
        self.read = read
    }

    func _element(sqliteStatement: SQLiteStatement) throws -> Element {
        try read(StoredRow(statement: sqliteStatement))
    }
}
