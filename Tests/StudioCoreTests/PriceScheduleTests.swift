import StudioCore
import Testing

@Suite struct PriceScheduleTests {
    @Test(arguments: [
        (GenerationKind.images(.standard, count: 1), 15),
        (.images(.hd, count: 3), 60),
        (.images(.ultra, count: 2), 60),
        (.video(.fiveSeconds), 260),
        (.video(.tenSeconds), 460),
    ])
    func costs(kind: GenerationKind, credits: Int) throws {
        #expect(try PriceSchedule.current.cost(of: kind) == credits)
    }

    @Test(arguments: [0, -1, Int.max])
    func refusesBadImageCounts(count: Int) {
        #expect(throws: PricingError.invalidCount(count)) {
            try PriceSchedule.current.cost(of: .images(.standard, count: count))
        }
    }

    @Test func welcomeBalanceIsFifty() {
        #expect(PriceSchedule.current.welcomeBalance == 50)
    }

    @Test func entriesListEveryPriceInProductOrder() {
        let entries = PriceSchedule.current.entries
        #expect(entries.map(\.id) == ["image-standard", "image-hd", "image-ultra", "video-5s", "video-10s", "welcome"])
        #expect(entries[1].usage == "20 credits per image")
        #expect(entries[3].usage == "About 260 credits")
        #expect(entries[5].operation == "New user welcome balance")
    }
}
