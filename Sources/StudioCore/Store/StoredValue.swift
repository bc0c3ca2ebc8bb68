import GRDB
import GRDBSQLite

/// A type a stored value is read as, straight from the row SQLite is on, only when the value's storage class fits:
/// text in an integer column is no number (GRDB's fast column reads would turn it into 0).
protocol StoredValue {
    /// The value in column `index` of the row `statement` is on, or nil when it is stored as something else.
    init?(_ statement: SQLiteStatement, column index: CInt)
}

extension Int64: StoredValue {
    /// An integer, or a real with no fraction (as GRDB's `DatabaseValue` reads it).
    init?(_ statement: SQLiteStatement, column index: CInt) {
        switch sqlite3_column_type(statement, index) {
        case SQLITE_INTEGER: self = sqlite3_column_int64(statement, index)
        case SQLITE_FLOAT: self.init(exactly: sqlite3_column_double(statement, index))
        default: return nil
        }
    }
}

extension Int: StoredValue {
    init?(_ statement: SQLiteStatement, column index: CInt) {
        guard let value = Int64(statement, column: index) else { return nil }
        self.init(exactly: value)
    }
}

extension Bool: StoredValue {
    /// A whole number: true unless 0.
    init?(_ statement: SQLiteStatement, column index: CInt) {
        guard let value = Int64(statement, column: index) else { return nil }
        self = value != 0
    }
}

extension String: StoredValue {
    /// Text, decoded as UTF-8 by its length.
    init?(_ statement: SQLiteStatement, column index: CInt) {
        guard let bytes = UnsafeBufferPointer(text: statement, column: index) else { return nil }
        self.init(decoding: bytes, as: UTF8.self)
    }
}

extension Optional: StoredValue where Wrapped: StoredValue {
    /// nil for `NULL`, else the wrapped type's value.
    init?(_ statement: SQLiteStatement, column index: CInt) {
        if sqlite3_column_type(statement, index) == SQLITE_NULL {
            self = .none
        } else {
            guard let value = Wrapped(statement, column: index) else { return nil }
            self = .some(value)
        }
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// The UTF-8 bytes of the text in column `index`, valid until the statement moves on; nil when the value is not
    /// text.
    init?(text statement: SQLiteStatement, column index: CInt) {
        guard sqlite3_column_type(statement, index) == SQLITE_TEXT else { return nil }
        // sqlite3_column_text first, then sqlite3_column_bytes, as SQLite asks.
        let start = sqlite3_column_text(statement, index)
        self.init(start: start, count: Int(sqlite3_column_bytes(statement, index)))
    }
}
