public import Foundation

/// Reads the ISO 8601 forms the command line takes, strictly: a day the calendar has (`2026-02-29` is not one),
/// a year from 1 to 9999, a time of day that exists. Foundation's parser rolls `2026-02-29` over to March 1
/// and accepts five-digit years, which the database cannot store.
public enum ISOTime {
    /// An instant with a time zone: `2026-03-14T09:26:53Z`, `2026-03-14T10:26:53.5+01:00`; nil for anything else.
    public static func instant(_ text: String) -> Date? {
        guard
            let match = text.wholeMatch(
                of: /(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})/
            ),
            let start = day(year: match.1, month: match.2, day: match.3),
            let hour = Int(match.4), hour < 24,
            let minute = Int(match.5), minute < 60,
            let second = Int(match.6), second < 60,
            let offset = offsetSeconds(match.8)
        else { return nil }
        let fraction = match.7.flatMap { Double("0" + $0) } ?? 0
        return start.addingTimeInterval(TimeInterval(hour * 3600 + minute * 60 + second - offset) + fraction)
    }

    /// A day, `2026-03-14`, as the instant it starts in UTC; nil for anything else.
    public static func day(_ text: String) -> Date? {
        guard let match = text.wholeMatch(of: /(\d{4})-(\d{2})-(\d{2})/) else { return nil }
        return day(year: match.1, month: match.2, day: match.3)
    }

    private static func day(year: Substring, month: Substring, day: Substring) -> Date? {
        guard let year = Int(year), let month = Int(month), let day = Int(day),
            let calendarDay = CalendarDay(year: year, month: month, day: day)
        else { return nil }
        return calendarDay.start
    }

    /// `Z` as 0, `+01:00` as 3600; nil beyond ±14:00 or with minutes past 59.
    private static func offsetSeconds(_ text: Substring) -> Int? {
        guard text != "Z" else { return 0 }
        guard let hours = Int(text.dropFirst().prefix(2)), let minutes = Int(text.suffix(2)), hours <= 14, minutes < 60
        else { return nil }
        return (text.first == "-" ? -1 : 1) * (hours * 3600 + minutes * 60)
    }
}
