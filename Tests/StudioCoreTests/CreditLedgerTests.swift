import Foundation
import Testing

@testable import StudioCore

@Suite struct CreditLedgerTests {
    @Test func openingGrantsTheWelcomeBalanceOnce() throws {
        let studio = try TestStudio(openAccount: false)
        let opening = try studio.ledger.open(email: "bo@example.com", name: "Bo")
        #expect(opening == AccountOpening(account: "bo@example.com", name: "Bo", granted: 50, balance: 50))
        #expect(throws: AccountError.accountExists("bo@example.com")) {
            try studio.ledger.open(email: "bo@example.com")
        }
        for sameAddress in ["BO@example.com", " Bo@Example.COM\n"] {
            #expect(throws: AccountError.accountExists("bo@example.com")) { try studio.ledger.open(email: sameAddress) }
        }
        let transactions = try studio.ledger.transactions(of: "bo@example.com")
        #expect(transactions.map(\.kind) == [.grant])
        #expect(try studio.ledger.balance(of: "bo@example.com") == 50)
    }

    @Test func anAddressIsOneAccountInAnyCaseOrUnicodeForm() throws {
        let studio = try TestStudio(openAccount: false)
        #expect(try studio.ledger.open(email: "ÄNA@Example.com").account == "äna@example.com")
        for sameAddress in ["äna@example.com", "A\u{308}NA@example.com", "a\u{308}na@EXAMPLE.com"] {
            #expect(throws: AccountError.accountExists("äna@example.com")) { try studio.ledger.open(email: sameAddress) }
            #expect(try studio.ledger.balance(of: sameAddress) == 50)
        }
        #expect(try studio.ledger.transactions(of: "ÄNA@EXAMPLE.COM").count == 1)
    }

    @Test(arguments: [
        "", "ana", "ana@", "@example.com", "a b@example.com", "a@b", "ana@example..com", "ana@@example.com",
        "a\u{FFFD}na@example.com", "ana@exam\u{1B}[31mple.com", String(repeating: "a", count: 65) + "@example.com",
        "ana@" + String(repeating: "a", count: 250) + ".com", " \n",
    ])
    func refusesTextThatIsNotAnEmail(text: String) throws {
        let studio = try TestStudio(openAccount: false)
        #expect(throws: AccountError.invalidEmail(text)) { try studio.ledger.open(email: text) }
    }

    @Test func unknownAccountIsRefused() throws {
        let studio = try TestStudio()
        #expect(throws: AccountError.unknownAccount("zoe@example.com")) { try studio.ledger.balance(of: "zoe@example.com") }
        #expect(throws: AccountError.unknownAccount("zoe@example.com")) {
            try studio.ledger.buy("pack-300", reference: "PAY-1", for: "zoe@example.com")
        }
    }

    @Test func buyingAPackAddsItsCreditsAndRecordsTheReference() throws {
        let studio = try TestStudio()
        let pack = try studio.ledger.catalog.pack("pack-300")
        let purchase = try studio.ledger.buy("pack-300", reference: "PAY-42", for: studio.email)
        #expect(purchase.balance == 50 + pack.credits)
        let last = try #require(try studio.ledger.transactions(of: studio.email).last)
        #expect(last.kind == .purchase)
        #expect(last.pack == "pack-300")
        #expect(last.reference == "PAY-42")
        #expect(last.amount == pack.credits)
        #expect(try studio.ledger.account(studio.email).plan == nil)
    }

    @Test func buyingAPlanMakesItTheCurrentPlan() throws {
        let studio = try TestStudio()
        let plan = try #require(studio.ledger.catalog.packs.first { $0.kind == .plan })
        try studio.ledger.buy(plan.id, reference: "SUB-1", for: studio.email)
        #expect(try studio.ledger.account(studio.email).plan == plan.id)
    }

    @Test func unknownPackAndEmptyReferenceAreRefusedAndChangeNothing() throws {
        let studio = try TestStudio()
        #expect(throws: AccountError.unknownPack("pack-7")) {
            try studio.ledger.buy("pack-7", reference: "PAY-1", for: studio.email)
        }
        #expect(throws: AccountError.emptyField("payment reference")) {
            try studio.ledger.buy("pack-300", reference: " ", for: studio.email)
        }
        #expect(try studio.ledger.balance(of: studio.email) == 50)
    }

    @Test func bundledCatalogListsPlansAndPacksWithCredits() {
        let catalog = PackCatalog.bundled
        #expect(catalog.packs.contains { $0.kind == .plan })
        #expect(catalog.packs.contains { $0.kind == .pack })
        #expect(catalog.packs.allSatisfy { $0.credits > 0 })
    }

    @Test func adjustmentsMoveTheBalanceButNeverBelowZero() throws {
        let studio = try TestStudio()
        #expect(try studio.ledger.adjust(studio.email, by: -20, reason: "correction").balance == 30)
        #expect(throws: AccountError.invalidAdjustment(amount: -31, balance: 30)) {
            try studio.ledger.adjust(studio.email, by: -31, reason: "too much")
        }
        #expect(throws: AccountError.invalidAdjustment(amount: 0, balance: 30)) {
            try studio.ledger.adjust(studio.email, by: 0, reason: "nothing")
        }
        #expect(try studio.ledger.balance(of: studio.email) == 30)
    }

    @Test func transactionsCarryTheRunningBalance() throws {
        let studio = try TestStudio()
        try studio.ledger.buy("pack-300", reference: "PAY-1", for: studio.email)
        try studio.startImage(.hd, count: 2)
        let transactions = try studio.ledger.transactions(of: studio.email)
        #expect(transactions.map(\.kind) == [.grant, .purchase, .charge])
        #expect(transactions.map(\.amount) == [50, 300, -40])
        #expect(transactions.map(\.balance) == [50, 350, 310])
    }

    @Test func transactionsFilterByKindAndDate() throws {
        let studio = try TestStudio()
        try studio.ledger.buy("pack-300", reference: "PAY-1", for: studio.email)
        let purchases = try studio.ledger.transactions(of: studio.email, matching: TransactionFilter(kinds: [.purchase]))
        #expect(purchases.map(\.kind) == [.purchase])
        let later = TransactionFilter(dates: DateRange(from: testNow.addingTimeInterval(1)))
        #expect(try studio.ledger.transactions(of: studio.email, matching: later).isEmpty)
        let sameDay = TransactionFilter(dates: try DateRange(since: "2026-03-14", until: "2026-03-14"))
        #expect(try studio.ledger.transactions(of: studio.email, matching: sameDay).count == 2)
    }

    @Test func renameChangesTheName() throws {
        let studio = try TestStudio()
        #expect(try studio.ledger.rename(studio.email, to: "Ana Lima").name == "Ana Lima")
    }
}
