public import Foundation

/// Reads the ISO 8601 forms the command line takes, strictly: a day the calendar has (`2026-02-29` is not one),
/// a year from 1600 to 9999, a time of day that exists.
///
/// Foundation's parser rolls `2026-02-29` over to March 1 and accepts five-digit years, which the database
/// cannot store; before 1583 Foundation's calendar is Julian where ISO 8601's is Gregorian, so those years
/// are left out.
public enum ISOTime {
    /// The years a time may fall in.
    public static let years = 1600...9999

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

    /// `date` in UTC to the second, as JSON and CSV print it: `2026-03-14T09:26:53Z`.
    public static func string(from date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let (days, time) = (seconds.floorDivided(by: 86_400), seconds.floorModulo(86_400))
        let (year, month, day) = CivilDays.date(days: days)
        return String(unsafeUninitializedCapacity: 20) { bytes in
            var end = 0
            /// Writes `value` in `width` digits, then `separator`.
            func put(_ value: Int, width: Int, then separator: Unicode.Scalar) {
                var rest = value
                for index in (end..<end + width).reversed() {
                    bytes[index] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                }
                bytes[end + width] = UInt8(ascii: separator)
                end += width + 1
            }
            put(year, width: 4, then: "-")
            put(month, width: 2, then: "-")
            put(day, width: 2, then: "T")
            put(time / 3600, width: 2, then: ":")
            put(time / 60 % 60, width: 2, then: ":")
            put(time % 60, width: 2, then: "Z")
            return end
        }
    }

    private static func day(year: Substring, month: Substring, day: Substring) -> Date? {
        guard let year = Int(year), years.contains(year), let month = Int(month), let day = Int(day),
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
