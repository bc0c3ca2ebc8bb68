import Foundation
import GRDB

extension Row {
    /// The value in the column named `column`, converted.
    ///
    /// A value that cannot be converted is an error naming the table, the row and the column, never a crash or a
    /// silent default. It goes through `DatabaseValue` on purpose: GRDB's faster column reads turn text in an integer
    /// column into 0. Listings read by position instead, through ``StoredRow``.
    /// - Throws: ``StoreError/unreadableRow(table:id:column:value:)``.
    func value<Value: DatabaseValueConvertible>(_ column: String, in table: String) throws -> Value {
        try reading(column, in: table) { try decode(Value.self, forColumn: column) }
    }

    /// The case of `Value` the text or number in `column` names.
    /// - Throws: ``StoreError/unreadableRow(table:id:column:value:)`` when it names none.
    func value<Value: RawRepresentable>(_ column: String, in table: String) throws -> Value
    where Value.RawValue: DatabaseValueConvertible {
        try reading(column, in: table) { Value(rawValue: try decode(Value.RawValue.self, forColumn: column)) }
    }

    /// The date in `column`, stored as GRDB stores dates.
    /// - Throws: ``StoreError/unreadableRow(table:id:column:value:)``.
    func date(_ column: String, in table: String) throws -> Date {
        try reading(column, in: table) { try decode(String?.self, forColumn: column).flatMap(StoredDate.date) }
    }

    /// What `read` returns, or the error naming the row and column when it throws or returns nil.
    private func reading<Value>(_ column: String, in table: String, _ read: () throws -> Value?) throws -> Value {
        guard let value = try? read() else { throw unreadable(column, in: table) }
        return value
    }

    /// The error for a `column` that cannot be read.
    private func unreadable(_ column: String, in table: String) -> StoreError {
        let id = Int64.fromDatabaseValue(self["id"] as DatabaseValue? ?? .null)
        let stored = self[column] as DatabaseValue? ?? .null
        return StoreError.unreadableRow(table: table, id: id, column: column, value: stored.description)
    }
}
