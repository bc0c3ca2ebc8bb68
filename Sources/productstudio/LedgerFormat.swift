import ArgumentParser
import Foundation

/// `--format` for commands that print one result.
enum LedgerFormat: String, CaseIterable, ExpressibleByArgument {
    /// Lines for people.
    case text
    /// One JSON value, the shape scripts rely on.
    case json
}

/// `--format` for commands that print a listing.
enum ListingFormat: String, CaseIterable, ExpressibleByArgument {
    /// An aligned table for people.
    case text
    /// A JSON array.
    case json
    /// Comma-separated values with a header row.
    case csv
}

/// Printing results: JSON with stable key order and ISO 8601 dates, text with UTC dates.
enum LedgerOutput {
    /// Prints `value` as pretty JSON followed by a newline.
    static func printJSON(_ value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        print(String(decoding: try encoder.encode(value), as: UTF8.self))
    }

    /// A date as text listings show it: `2026-03-14 09:26:53`, in UTC.
    static func text(_ date: Date) -> String {
        String(iso(date).replacingOccurrences(of: "T", with: " ").dropLast())
    }

    /// A date in CSV and JSON: ISO 8601 in UTC.
    static func iso(_ date: Date) -> String {
        date.formatted(.iso8601)
    }

    /// Prints rows as an aligned table under a header; numbers right-aligned.
    static func printTable(header: [String], rows: [[String]], rightAligned: Set<Int> = []) {
        let widths = header.indices.map { column in
            ([header] + rows).map { $0[column].count }.max() ?? 0
        }
        for row in [header] + rows {
            let cells = row.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return rightAligned.contains(column) ? padding + cell : cell + padding
            }
            let line = cells.joined(separator: "  ")
            print(line.prefix(through: line.lastIndex { $0 != " " } ?? line.startIndex))
        }
    }

    /// Prints rows as CSV (RFC 4180 quoting) under a header.
    static func printCSV(header: [String], rows: [[String]]) {
        for row in [header] + rows {
            print(row.map(quoted).joined(separator: ","))
        }
    }

    private static func quoted(_ cell: String) -> String {
        guard cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
