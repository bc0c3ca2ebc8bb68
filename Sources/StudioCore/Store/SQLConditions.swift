import GRDB

/// The conditions of a listing's `WHERE` clause with their arguments, shared by every filtered listing.
struct SQLConditions {
    private var clauses: [String] = []
    /// The arguments, in the order of the conditions.
    private(set) var arguments = StatementArguments()

    /// Adds `clause` with the values of its `?` placeholders.
    mutating func add(_ clause: String, _ values: [(any DatabaseValueConvertible)?]) {
        clauses.append(clause)
        arguments += StatementArguments(values)
    }

    /// Adds the bounds of `range` on the date `column`: `since <= column < until`.
    mutating func add(_ range: DateRange, column: String) {
        if let since = range.lowerBound { add("\(column) >= ?", [since]) }
        if let until = range.upperBound { add("\(column) < ?", [until]) }
    }

    /// ` WHERE a AND b`, or nothing when there are no conditions.
    var sql: String { clauses.isEmpty ? "" : " WHERE " + clauses.joined(separator: " AND ") }
}
