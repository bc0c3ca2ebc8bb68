import ArgumentParser
import Foundation
import StudioCore

/// `--format` for commands that print one result.
enum ResultFormat: String, CaseIterable, ExpressibleByArgument {
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

/// Dates as the command line prints them, in UTC.
enum DisplayDate {
    /// `2026-03-14 09:26:53`, as text shows it.
    static func text(_ date: Date) -> String {
        var bytes = Array(ISOTime.string(from: date).utf8)
        if let separator = bytes.firstIndex(of: UInt8(ascii: "T")) { bytes[separator] = UInt8(ascii: " ") }
        if bytes.last == UInt8(ascii: "Z") { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }
}
