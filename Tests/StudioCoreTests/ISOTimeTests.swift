import Foundation
import GRDB
import Testing

@testable import StudioCore

@Suite struct ISOTimeTests {
    /// Instants from year 1600 to 9999, with Foundation's calendar and GRDB's stored form as the oracles.
    static let instants: [Date] = {
        var generator = SystemRandomNumberGenerator()
        let first = -11_676_096_000  // 1600-01-01T00:00:00Z
        let last = 253_402_300_799  // 9999-12-31T23:59:59Z
        let edges: [Double] = [Double(first), -1, 0, 951_782_400, 1_773_480_413.25, Double(last)]
        let random: [Double] = (0..<2_000).map { _ in Double(Int.random(in: first...last, using: &generator)) + 0.5 }
        return (edges + random).map { Date(timeIntervalSince1970: $0) }
    }()

    @Test func formatsLikeFoundationAndReadsBackWhatGRDBStores() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        for instant in Self.instants {
            let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: instant)
            let expected = String(
                format: "%04d-%02d-%02dT%02d:%02d:%02dZ",
                parts.year!,
                parts.month!,
                parts.day!,
                parts.hour!,
                parts.minute!,
                parts.second!
            )
            #expect(ISOTime.string(from: instant) == expected)
            let wholeSeconds = Date(timeIntervalSince1970: instant.timeIntervalSince1970.rounded(.down))
            #expect(ISOTime.instant(expected) == wholeSeconds)
            let stored = try #require(String.fromDatabaseValue(instant.databaseValue))
            let read = try #require(StoredDate.date(stored), "\(stored)")
            #expect(abs(read.timeIntervalSince(instant)) < 0.001, "\(stored)")
        }
    }

    @Test(arguments: [
        "2026-02-29 00:00:00.000", "10000-01-01 00:00:00.000", "2026-03-14 24:00:00.000", "2026-03-14T09:26:53.000",
        "2026-03-14 09:26", "soon", "", "1582-10-20 00:00:00.000",
    ])
    func storedDatesThatAreNotRealAreRefused(text: String) {
        #expect(StoredDate.date(text) == nil)
    }
}
