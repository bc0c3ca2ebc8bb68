import Foundation
import GRDB

extension Row {
    /// The value in `column`, converted; a value that cannot be converted is an error naming the table, the row
    /// and the column, never a crash or a silent default.
    /// - Throws: ``StoreError/unreadableRow(table:id:column:value:)``.
    func value<Value: DatabaseValueConvertible>(_ column: String, in table: String) throws -> Value {
        do {
            return try decode(Value.self, forColumn: column)
        } catch {
            throw unreadable(column, in: table)
        }
    }

    /// The date in `column`, stored as GRDB stores dates.
    /// - Throws: ``StoreError/unreadableRow(table:id:column:value:)``.
    func date(_ column: String, in table: String) throws -> Date {
        guard let date = try optionalDate(column, in: table) else { throw unreadable(column, in: table) }
        return date
    }

    /// The date in `column`, or nil for `NULL`.
    /// - Throws: ``StoreError/unreadableRow(table:id:column:value:)`` for a value that is not a stored date.
    func optionalDate(_ column: String, in table: String) throws -> Date? {
        guard let text = try value(column, in: table) as String? else { return nil }
        guard let date = StoredDate.date(text) else { throw unreadable(column, in: table) }
        return date
    }

    /// The case of `Value` the text or number in `column` names.
    /// - Throws: ``StoreError/unreadableRow(table:id:column:value:)`` when it names none.
    func value<Value: RawRepresentable>(_ column: String, in table: String) throws -> Value
    where Value.RawValue: DatabaseValueConvertible {
        guard let value = Value(rawValue: try self.value(column, in: table) as Value.RawValue) else {
            throw unreadable(column, in: table)
        }
        return value
    }

    /// The error for a `column` that cannot be read.
    func unreadable(_ column: String, in table: String) -> StoreError {
        let id = Int64.fromDatabaseValue(self["id"] as DatabaseValue? ?? .null)
        let stored = self[column] as DatabaseValue? ?? .null
        return StoreError.unreadableRow(table: table, id: id, column: column, value: stored.description)
    }
}
