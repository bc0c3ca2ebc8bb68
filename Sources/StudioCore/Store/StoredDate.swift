import Foundation

/// Reads the dates the database stores, `YYYY-MM-DD HH:MM:SS.SSS` in UTC (GRDB's format), by their digits:
/// listings read one or two per row, and Foundation's parser was a tenth of a listing's time.
enum StoredDate {
    /// The instant `text` names, or nil when it is not exactly that format with a real day and time.
    static func date(_ text: String) -> Date? {
        var text = text
        return text.withUTF8(date)
    }

    /// The instant the UTF-8 `bytes` name, or nil when they are not exactly that format with a real day and time.
    static func date(_ bytes: UnsafeBufferPointer<UInt8>) -> Date? {
        guard bytes.count == 23 || bytes.count == 19 else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let digit = Int(bytes[index]) &- Int(UInt8(ascii: "0"))
                guard (0...9).contains(digit) else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        func separator(_ index: Int, _ expected: Unicode.Scalar) -> Bool { bytes[index] == UInt8(ascii: expected) }
        guard separator(4, "-"), separator(7, "-"), separator(10, " "), separator(13, ":"), separator(16, ":"),
            bytes.count == 19 || separator(19, "."),
            let year = number(0..<4), ISOTime.years.contains(year), let month = number(5..<7), let day = number(8..<10),
            CalendarDay(year: year, month: month, day: day) != nil,
            let hour = number(11..<13), hour < 24, let minute = number(14..<16), minute < 60,
            let second = number(17..<19), second < 60,
            let milliseconds = bytes.count == 23 ? number(20..<23) : 0
        else { return nil }
        let seconds = CivilDays.days(year: year, month: month, day: day) * 86_400 + hour * 3600 + minute * 60 + second
        return Date(timeIntervalSince1970: TimeInterval(seconds) + TimeInterval(milliseconds) / 1000)
    }
}
