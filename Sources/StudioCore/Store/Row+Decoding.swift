import Foundation
import GRDB

/// The columns of a query's result in the order the query selects them, so each row is read by position with no
/// name looked up; the names are for the errors.
protocol ResultColumn: RawRepresentable<Int>, CaseIterable {
    /// The table a value that cannot be read is reported in.
    static var table: String { get }
    /// The column's name in the result.
    var name: String { get }
}

extension Row {
    /// The value in `column`, converted; a value that cannot be converted is an error naming the table, the row
    /// and the column, never a crash or a silent default. (It goes through `DatabaseValue` on purpose: GRDB's
    /// faster column reads turn text in an integer column into 0.)
    /// - Throws: ``StoreError/unreadableRow(table:id:column:value:)``.
    func value<Value: DatabaseValueConvertible>(_ column: String, in table: String) throws -> Value {
        try reading(column, in: table) { try decode(Value.self, forColumn: column) }
    }

    /// The value in `column`, read by position.
    /// - Throws: ``StoreError/unreadableRow(table:id:column:value:)``.
    func value<Value: DatabaseValueConvertible, Column: ResultColumn>(_ column: Column) throws -> Value {
        try reading(column.name, in: Column.table) { Value.fromDatabaseValue(self[column.rawValue] as DatabaseValue) }
    }

    /// The case of `Value` the text or number in `column` names.
    /// - Throws: ``StoreError/unreadableRow(table:id:column:value:)`` when it names none.
    func value<Value: RawRepresentable>(_ column: String, in table: String) throws -> Value
    where Value.RawValue: DatabaseValueConvertible {
        try reading(column, in: table) { Value(rawValue: try decode(Value.RawValue.self, forColumn: column)) }
    }

    /// The case of `Value` the text or number in `column` names, read by position.
    /// - Throws: ``StoreError/unreadableRow(table:id:column:value:)`` when it names none.
    func value<Value: RawRepresentable, Column: ResultColumn>(_ column: Column) throws -> Value
    where Value.RawValue: DatabaseValueConvertible {
        try reading(column.name, in: Column.table) {
            Value.RawValue.fromDatabaseValue(self[column.rawValue] as DatabaseValue).flatMap(Value.init(rawValue:))
        }
    }

    /// The date in `column`, stored as GRDB stores dates.
    /// - Throws: ``StoreError/unreadableRow(table:id:column:value:)``.
    func date(_ column: String, in table: String) throws -> Date {
        try reading(column, in: table) { try decode(String?.self, forColumn: column).flatMap(StoredDate.date) }
    }

    /// The date in `column`, read by position.
    /// - Throws: ``StoreError/unreadableRow(table:id:column:value:)``.
    func date<Column: ResultColumn>(_ column: Column) throws -> Date {
        try reading(column.name, in: Column.table) { String.fromDatabaseValue(self[column.rawValue] as DatabaseValue).flatMap(StoredDate.date) }
    }

    /// The date in `column`, or nil for `NULL`.
    /// - Throws: ``StoreError/unreadableRow(table:id:column:value:)`` for a value that is not a stored date.
    func optionalDate(_ column: String, in table: String) throws -> Date? {
        guard let text = try value(column, in: table) as String? else { return nil }
        return try reading(column, in: table) { StoredDate.date(text) }
    }

    /// The date in `column`, or nil for `NULL`, read by position.
    /// - Throws: ``StoreError/unreadableRow(table:id:column:value:)`` for a value that is not a stored date.
    func optionalDate<Column: ResultColumn>(_ column: Column) throws -> Date? {
        guard let text = try value(column) as String? else { return nil }
        return try reading(column.name, in: Column.table) { StoredDate.date(text) }
    }

    /// What `read` returns, or the error naming the row and column when it throws or returns nil.
    ///
    /// The column's name is only worked out for the error.
    private func reading<Value>(_ column: @autoclosure () -> String, in table: String, _ read: () throws -> Value?) throws -> Value {
        guard let value = try? read() else { throw unreadable(column(), in: table) }
        return value
    }

    /// The error for a `column` that cannot be read.
    func unreadable(_ column: String, in table: String) -> StoreError {
        let id = Int64.fromDatabaseValue(self["id"] as DatabaseValue? ?? .null)
        let stored = self[column] as DatabaseValue? ?? .null
        return StoreError.unreadableRow(table: table, id: id, column: column, value: stored.description)
    }
}
