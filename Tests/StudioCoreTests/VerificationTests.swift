import Foundation
import GRDB
import StudioTestSupport
import Testing

@testable import StudioCore

@Suite struct VerificationTests {
    /// A ledger with a purchase, a completed task, an eligible failure and an ineligible one.
    private func busyStudio() throws -> TestStudio {
        let studio = try TestStudio(balance: 500)
        let folder = try TemporaryFolder()
        let file = try folder.write("out.png", Data("out".utf8))
        try studio.ledger.buy("pack-300", reference: "PAY-1", for: studio.email)
        try studio.history.complete(try studio.startImage(.hd).task, outputs: [file], for: studio.email)
        try studio.history.fail(try studio.startImage().task, reason: "timeout", eligible: true, for: studio.email)
        try studio.history.fail(try studio.startImage().task, reason: "review", eligible: false, for: studio.email)
        try studio.startImage()
        return studio
    }

    @Test func soundLedgerPassesEveryInvariant() throws {
        let verification = try busyStudio().ledger.verify()
        #expect(verification.isSound)
        #expect(verification.checked == LedgerInvariant.allCases)
        #expect(verification.accounts == 1)
        #expect(verification.transactions == 8)
    }

    /// Each case breaks the database behind the ledger's back (constraints off) and names the invariant it breaks.
    @Test(arguments: [
        ("UPDATE account SET balance = balance + 5", LedgerInvariant.balanceMatchesTransactions),
        ("UPDATE credit_transaction SET balance_after = balance_after + 1 WHERE kind = 'purchase'", .runningBalance),
        ("UPDATE credit_transaction SET amount = -600 WHERE kind = 'purchase'", .neverNegative),
        ("UPDATE generation_task SET cost = cost + 1 WHERE id = 1", .chargeMatchesTask),
        ("DELETE FROM credit_transaction WHERE kind = 'charge' AND task_id = 1", .chargeMatchesTask),
        ("UPDATE credit_transaction SET task_id = 1 WHERE kind = 'refund'", .refundMatchesCharge),
        ("UPDATE credit_transaction SET amount = amount + 1 WHERE kind = 'refund'", .refundMatchesCharge),
        ("UPDATE generation_task SET refund_eligible = 1 WHERE failure_reason = 'review'", .eligibleFailureRefunded),
        ("DELETE FROM credit_transaction WHERE kind = 'refund'", .eligibleFailureRefunded),
        ("DELETE FROM generation_task WHERE status = 'running'", .noOrphans),
        ("DELETE FROM generation_task WHERE status = 'completed'", .noOrphans),
        ("DROP TRIGGER account_balance_stays_an_integer; UPDATE account SET balance = 9.3e18", .creditsAreIntegers),
        (
            "DROP TRIGGER credit_transaction_stays_in_integers; UPDATE credit_transaction SET amount = 1e19 WHERE kind = 'grant'",
            .creditsAreIntegers
        ),
        ("UPDATE credit_transaction SET amount = amount + 1, balance_after = balance_after + 1 WHERE kind = 'purchase'", .purchaseMatchesCatalog),
        ("UPDATE credit_transaction SET pack_id = 'pack-9' WHERE kind = 'purchase'", .purchaseMatchesCatalog),
        ("UPDATE generation_task SET cost = 1 WHERE id = 1; UPDATE credit_transaction SET amount = -1 WHERE task_id = 1", .priceMatchesSchedule),
        ("UPDATE generation_task SET image_count = 2 WHERE id = 1", .priceMatchesSchedule),
    ])
    func namesEachBrokenInvariant(corruption: String, broken: LedgerInvariant) throws {
        let studio = try busyStudio()
        try studio.database.queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF; PRAGMA ignore_check_constraints = ON")
            try db.execute(sql: corruption)
        }
        let verification = try studio.ledger.verify()
        #expect(!verification.isSound)
        let violation = try #require(verification.violations.first { $0.invariant == broken })
        #expect(violation.count >= 1)
        #expect(!violation.examples.isEmpty)
    }
}

extension VerificationTests {
    /// Balances near the limit are summed without overflowing: verify reports, never fails with "integer overflow".
    @Test func balancesNearTheLimitAreCheckedWithoutOverflowing() throws {
        let studio = try TestStudio()
        try studio.ledger.adjust(studio.email, by: Int.max - 50, reason: "largest balance")
        #expect(try studio.ledger.verify().isSound)
        try studio.database.queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA ignore_check_constraints = ON")
            try db.execute(
                sql:
                    "INSERT INTO credit_transaction (account_id, kind, amount, balance_after, created_at) VALUES (1, 'adjustment', 9223372036854775807, 9223372036854775807, 0)"
            )
        }
        let verification = try studio.ledger.verify()
        #expect(verification.violations.map(\.invariant) == [.runningBalance])
    }

    /// An index that lost a row (a flipped byte SQLite's own check sees) fails the ledger's check.
    @Test func damageToAnIndexFailsTheDatabaseIntactCheck() throws {
        let file = try LedgerFile(adjustments: 50)
        try file.damage("credit_transaction_by_account", at: file.pageSize - 1) { $0 ^ 1 }

        let verification = try CreditLedger(database: try StudioDatabase.open(at: file.path)).verify()
        let violation = try #require(verification.violations.first)
        #expect(violation.invariant == .databaseIntact)
        #expect(violation.examples.first?.contains("missing from index credit_transaction_by_account") == true)
    }
}
