import Foundation
import StudioCore

/// The instant every test ledger reads as "now": 2026-03-14 09:26:53 UTC.
let testNow = Date(timeIntervalSince1970: 1_773_480_413)

/// A ledger and history over one fresh in-memory database with the clock pinned to ``testNow``.
struct TestStudio {
    let database: StudioDatabase
    let ledger: CreditLedger
    let history: GenerationHistory
    let email = "ana@example.com"

    /// Opens the database and, unless `openAccount` is false, an account holding `balance` credits.
    init(balance: Int = 50, openAccount: Bool = true, clock: StudioClock = .fixed(testNow)) throws {
        database = try StudioDatabase.inMemory(clock: clock)
        ledger = CreditLedger(database: database)
        history = GenerationHistory(database: database)
        guard openAccount else { return }
        try ledger.open(email: email, name: "Ana")
        let welcome = PriceSchedule.current.welcomeBalance
        if balance != welcome { try ledger.adjust(email, by: balance - welcome, reason: "test balance") }
    }

    /// Starts a standard one-image task.
    @discardableResult
    func startImage(_ quality: ImageQuality = .standard, count: Int = 1, sku: String = "MUG-01") throws -> TaskStart {
        try history.start(GenerationRequest(kind: .images(quality, count: count), sku: sku, useCase: "main-image"), for: email)
    }
}
