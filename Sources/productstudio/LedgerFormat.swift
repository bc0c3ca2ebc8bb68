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
    /// The encoder of every JSON result: pretty, keys sorted, ISO 8601 dates.
    static var jsonEncoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    /// Prints `value` as pretty JSON followed by a newline.
    static func printJSON(_ value: some Encodable) throws {
        print(String(decoding: try jsonEncoder.encode(value), as: UTF8.self))
    }

    /// A date as text listings show it: `2026-03-14 09:26:53`, in UTC.
    static func text(_ date: Date) -> String {
        String(iso(date).replacingOccurrences(of: "T", with: " ").dropLast())
    }

    /// A date in CSV and JSON: ISO 8601 in UTC.
    static func iso(_ date: Date) -> String {
        date.formatted(.iso8601)
    }
}
