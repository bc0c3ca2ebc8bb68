import Foundation
import GRDB
import GRDBSQLite

/// The row a statement is on, read by position straight from SQLite.
///
/// A value that is not stored as the type asked for is an error naming the table, the row and the column, never a
/// crash or a silent default.
struct StoredRow {
    let statement: SQLiteStatement

    /// The value in `column`.
    /// - Throws: ``StoreError/unreadableRow(table:id:column:value:)``.
    func value<Value: StoredValue, Column: ResultColumn>(_ column: Column) throws -> Value {
        guard let value = Value(statement, column: CInt(column.rawValue)) else { throw unreadable(column) }
        return value
    }

    /// The case of `Value` the text or number in `column` names.
    /// - Throws: ``StoreError/unreadableRow(table:id:column:value:)`` when it names none.
    func value<Value: RawRepresentable, Column: ResultColumn>(_ column: Column) throws -> Value where Value.RawValue: StoredValue {
        guard let raw = Value.RawValue(statement, column: CInt(column.rawValue)), let value = Value(rawValue: raw) else {
            throw unreadable(column)
        }
        return value
    }

    /// The date in `column`, stored as ``StoredDate`` reads it.
    /// - Throws: ``StoreError/unreadableRow(table:id:column:value:)``.
    func date<Column: ResultColumn>(_ column: Column) throws -> Date {
        guard let date = try optionalDate(column) else { throw unreadable(column) }
        return date
    }

    /// The date in `column`, or nil for `NULL`.
    /// - Throws: ``StoreError/unreadableRow(table:id:column:value:)`` for a value that is not a stored date.
    func optionalDate<Column: ResultColumn>(_ column: Column) throws -> Date? {
        let index = CInt(column.rawValue)
        if sqlite3_column_type(statement, index) == SQLITE_NULL { return nil }
        guard let text = UnsafeBufferPointer(text: statement, column: index), let date = StoredDate.date(text) else {
            throw unreadable(column)
        }
        return date
    }

    /// The error for a `column` that cannot be read, with the row's id when the result has an `id` column.
    private func unreadable<Column: ResultColumn>(_ column: Column) -> StoreError {
        let id = Column.allCases.first { $0.name == "id" }.flatMap { Int64(statement, column: CInt($0.rawValue)) }
        let stored = DatabaseValue(sqliteStatement: statement, index: CInt(column.rawValue))
        return StoreError.unreadableRow(table: Column.table, id: id, column: column.name, value: stored.description)
    }
}
