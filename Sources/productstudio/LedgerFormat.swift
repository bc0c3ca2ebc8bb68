import ArgumentParser
import Foundation
import StudioCore

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
        String(ISOTime.string(from: date).map { $0 == "T" ? " " : $0 }.dropLast())
    }

    /// A date in CSV and JSON: ISO 8601 in UTC.
    static func iso(_ date: Date) -> String {
        ISOTime.string(from: date)
    }
}
