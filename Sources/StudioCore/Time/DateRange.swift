public import Foundation

/// A half-open span of time, `since <= date < until`, with either end optional.
///
/// Filters listings by date. ``init(since:until:)`` parses the command line's forms:
/// a day (`2026-11-25`, which means the whole day in UTC) or an ISO 8601 instant
/// (`2026-11-25T14:00:00Z`).
public struct DateRange: Sendable, Equatable {
    /// The first instant included, if any.
    public var lowerBound: Date?
    /// The first instant excluded, if any.
    public var upperBound: Date?

    /// Creates a range from explicit bounds.
    public init(from lowerBound: Date? = nil, to upperBound: Date? = nil) {
        self.lowerBound = lowerBound
        self.upperBound = upperBound
    }

    /// Creates a range from the text of `--since` and `--until`; a day given to `until` is included.
    ///
    /// - Throws: ``DateRangeError`` naming the text that is neither a day nor an ISO 8601 instant.
    public init(since: String?, until: String?) throws(DateRangeError) {
        lowerBound = nil
        upperBound = nil
        if let since { lowerBound = try Self.parse(since).start }
        if let until {
            let parsed = try Self.parse(until)
            upperBound = parsed.isDay ? parsed.start.addingTimeInterval(86_400) : parsed.start
        }
    }

    /// Whether `date` falls inside the range.
    public func contains(_ date: Date) -> Bool {
        (lowerBound.map { date >= $0 } ?? true) && (upperBound.map { date < $0 } ?? true)
    }

    private static func parse(_ text: String) throws(DateRangeError) -> (start: Date, isDay: Bool) {
        if let instant = ISOTime.instant(text) { return (instant, false) }
        if let day = ISOTime.day(text) { return (day, true) }
        throw DateRangeError(text: text)
    }
}

/// A `--since` or `--until` value that is neither a day nor an ISO 8601 instant.
public struct DateRangeError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The text that could not be read.
    public let text: String

    public var description: String {
        "'\(text.visible)' is not a date: use a real day written YYYY-MM-DD or an ISO 8601 time such as 2026-11-25T14:00:00Z"
    }
}
