import Foundation
import Testing

@testable import StudioCore

@Suite struct DateRangeTests {
    @Test func aDayGivenToUntilIncludesTheWholeDay() throws {
        let range = try DateRange(since: "2026-03-14", until: "2026-03-14")
        #expect(range.contains(testNow))
        #expect(!range.contains(testNow.addingTimeInterval(86_400)))
        #expect(!range.contains(testNow.addingTimeInterval(-86_400)))
    }

    @Test func instantsAreExactBounds() throws {
        let range = try DateRange(since: "2026-03-14T09:26:53Z", until: "2026-03-14T09:26:54Z")
        #expect(range.contains(testNow))
        #expect(!range.contains(testNow.addingTimeInterval(1)))
    }

    @Test(arguments: ["yesterday", "2026-13-01", "14/03/2026"])
    func refusesTextThatIsNotADate(text: String) {
        #expect(throws: DateRangeError(text: text)) { try DateRange(since: text, until: nil) }
    }
}
