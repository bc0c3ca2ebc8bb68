import Foundation
import GRDB
import StudioCore
import Testing

@Suite struct CreditsCommandTests {
    @Test func openGrantsTheWelcomeBalanceOnceAndBalancePrintsTheContractShape() throws {
        let sandbox = try LedgerSandbox()
        let opened = try sandbox.decode(LedgerJSON.Opening.self, "credits", "open", sandbox.email, "--name", "Ana")
        #expect(opened.account == sandbox.email)
        #expect(opened.name == "Ana")
        #expect(opened.granted == PriceSchedule.current.welcomeBalance)
        #expect(opened.balance == 50)
        let balance = try sandbox.decode(LedgerJSON.Balance.self, "credits", "balance")
        #expect(balance.account == sandbox.email)
        #expect(balance.balance == 50)

        let again = try sandbox.run("credits", "open", sandbox.email)
        #expect(again.status == 1)
        #expect(again.stderr == "error: an account for ana@example.com already exists\n")
        #expect(try sandbox.balance() == 50)
    }

    @Test func textBalanceAndHelp() throws {
        let sandbox = try LedgerSandbox()
        try sandbox.run("credits", "open", sandbox.email)
        #expect(try sandbox.run("credits", "balance").stdout == "ana@example.com: 50 credits\n")
        let help = try sandbox.run("credits", "--help")
        #expect(help.status == 0)
        #expect(Self.subcommands(in: help.stdout) == ["open", "balance", "transactions", "packs", "buy", "adjust", "verify"])
    }

    @Test func packsListsIdsAndCredits() throws {
        let sandbox = try LedgerSandbox()
        let packs = try sandbox.decode([LedgerJSON.Pack].self, "credits", "packs")
        #expect(
            packs.map { "\($0.id) \($0.kind) \($0.credits) \($0.period ?? "once") \($0.name)" } == [
                "starter-monthly plan 600 month Starter plan", "pro-monthly plan 2000 month Pro plan",
                "studio-monthly plan 6000 month Studio plan", "pack-300 pack 300 once 300-credit pack",
                "pack-1000 pack 1000 once 1,000-credit pack", "pack-3000 pack 3000 once 3,000-credit pack",
            ]
        )
        let csv = try sandbox.run("credits", "packs", "--format", "csv")
        #expect(csv.stdout.hasPrefix("id,kind,credits,period,name\n"))
    }

    @Test func buyAddsThePacksCreditsAndTransactionsShowTheRunningBalance() throws {
        let sandbox = try LedgerSandbox()
        try sandbox.run("credits", "open", sandbox.email)
        let purchase = try sandbox.decode(LedgerJSON.Purchase.self, "credits", "buy", "pack-300", "--reference", "PAY-1")
        #expect(purchase.account == sandbox.email)
        #expect(purchase.pack == "pack-300")
        #expect(purchase.credits == 300)
        #expect(purchase.reference == "PAY-1")
        #expect(purchase.transaction == 2)
        #expect(purchase.balance == 350)
        try sandbox.run("history", "start", "--tool", "image", "--quality", "hd", "--count", "2", "--sku", "MUG-01", "--use", "ad")

        let transactions = try sandbox.decode([LedgerJSON.Transaction].self, "credits", "transactions")
        #expect(transactions.map(\.kind) == ["grant", "purchase", "charge"])
        #expect(transactions.map(\.amount) == [50, 300, -40])
        #expect(transactions.map(\.balance) == [50, 350, 310])
        #expect(transactions.map(\.pack) == [nil, "pack-300", nil])
        #expect(transactions.map(\.reference) == [nil, "PAY-1", nil])
        #expect(transactions.map(\.task) == [nil, nil, 1])
        #expect(transactions.map(\.date) == Array(repeating: "2026-03-14T09:26:53Z", count: 3))
        let charges = try sandbox.run("credits", "transactions", "--kind", "charge", "--format", "csv")
        #expect(
            charges.stdout == """
                id,date,kind,amount,balance,task,pack,reference,note
                3,2026-03-14T09:26:53Z,charge,-40,310,1,,,

                """
        )
        let later = try sandbox.decode([LedgerJSON.Transaction].self, "credits", "transactions", "--since", "2026-03-15")
        #expect(later.isEmpty)
    }

    @Test(arguments: [
        (["credits", "buy", "pack-9", "--reference", "PAY-1"], "error: no plan or pack 'pack-9'; `productstudio credits packs` lists them\n"),
        (
            ["credits", "balance", "--account", "zoe@example.com"],
            "error: no account for zoe@example.com; open one with `productstudio credits open zoe@example.com`\n"
        ),
        (["credits", "adjust", "--amount=-51", "--reason", "x"], "error: an adjustment of -51 would take the balance of 50 below zero\n"),
    ])
    func refusedOperationsExitOneWithOneLineAndChangeNothing(arguments: [String], message: String) throws {
        let sandbox = try LedgerSandbox()
        try sandbox.run("credits", "open", sandbox.email)
        let result = try ProductStudioBinary.run(arguments, environment: sandbox.environment, in: sandbox.folder)
        #expect(result.status == 1)
        #expect(result.stderr == message)
        #expect(try sandbox.balance() == 50)
    }

    @Test(arguments: [
        ["credits", "buy"],
        ["credits", "balance", "--format", "yaml"],
        ["credits", "balance", "--format", "csv"],
        ["credits", "transactions", "--since", "yesterday"],
        ["credits", "nonsense"],
    ])
    func usageErrorsExitTwo(arguments: [String]) throws {
        let sandbox = try LedgerSandbox()
        try sandbox.run("credits", "open", sandbox.email)
        let result = try ProductStudioBinary.run(arguments, environment: sandbox.environment, in: sandbox.folder)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("error: "))
    }

    @Test func sameIdempotencyKeyBuysOnceAndADifferentRequestIsRefused() throws {
        let sandbox = try LedgerSandbox()
        try sandbox.run("credits", "open", sandbox.email)
        let first = try sandbox.run("credits", "buy", "pack-300", "--reference", "PAY-1", "--idempotency-key", "order-1")
        let again = try sandbox.run("credits", "buy", "pack-300", "--reference", "PAY-1", "--idempotency-key", "order-1")
        #expect(again.status == 0)
        #expect(again.stdout == first.stdout)
        #expect(try sandbox.balance() == 350)
        let other = try sandbox.run("credits", "buy", "pack-1000", "--reference", "PAY-2", "--idempotency-key", "order-1")
        #expect(other.status == 1)
        #expect(other.stderr.contains("already used for a different request"))
        #expect(try sandbox.balance() == 350)
    }

    @Test func databaseThatIsNotSQLiteIsRefusedAndLeftUnchanged() throws {
        let sandbox = try LedgerSandbox()
        let path = try sandbox.write("notes.txt", "these are not credits\n")
        let result = try sandbox.run("credits", "balance", "--db", path)
        #expect(result.status == 1)
        #expect(result.stderr == "error: \(path) is not a ProductStudio database (not an SQLite file); it was left unchanged\n")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "these are not credits\n")
    }

    @Test func databaseFromANewerSchemaIsRefusedAndLeftUnchanged() throws {
        let sandbox = try LedgerSandbox()
        try sandbox.run("credits", "open", sandbox.email)
        let queue = try DatabaseQueue(path: sandbox.database.path)
        try queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA user_version = 99") }
        try queue.close()
        let before = try Data(contentsOf: sandbox.database)

        let result = try sandbox.run("credits", "balance")
        #expect(result.status == 1)
        #expect(result.stderr.contains("written by a newer version of productstudio"))
        #expect(try Data(contentsOf: sandbox.database) == before)
    }

    @Test func verifyPassesOnASoundLedgerAndNamesEachBrokenInvariant() throws {
        let sandbox = try LedgerSandbox()
        try sandbox.run("credits", "open", sandbox.email)
        try sandbox.run("history", "start", "--tool", "image", "--quality", "standard", "--sku", "MUG-01", "--use", "ad")
        let sound = try sandbox.run("credits", "verify")
        #expect(sound.status == 0)
        #expect(sound.stdout.hasPrefix("ok: 11 invariants hold"))

        let queue = try DatabaseQueue(path: sandbox.database.path)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA ignore_check_constraints = ON")
            try db.execute(sql: "UPDATE account SET balance = balance + 100")
            try db.execute(sql: "UPDATE generation_task SET cost = 20")
        }
        try queue.close()
        let broken = try sandbox.run("credits", "verify")
        #expect(broken.status == 1)
        #expect(broken.stdout.contains("broken: balance-matches-transactions:"))
        #expect(broken.stdout.contains("broken: charge-matches-task:"))
        #expect(!broken.stdout.contains("broken: running-balance"))
        let verify = try sandbox.run("credits", "verify", "--format", "json")
        #expect(verify.status == 1)
        let report = try verify.decoded(LedgerJSON.Verification.self)
        #expect(!report.sound)
        #expect(report.accounts == 1)
        #expect(report.checked.count == 11)
        #expect(report.violations.map(\.invariant) == ["balance-matches-transactions", "charge-matches-task", "price-matches-schedule"])
        #expect(report.violations.allSatisfy { $0.count == 1 && $0.examples.count == 1 })
    }

    /// The subcommand names listed under `SUBCOMMANDS:` in a command's help, in order: the lines indented by two
    /// spaces (an abstract that wraps goes on indented further).
    private static func subcommands(in help: String) -> [String] {
        let lines = help.split(separator: "\n", omittingEmptySubsequences: false)
        guard let heading = lines.firstIndex(of: "SUBCOMMANDS:") else { return [] }
        return lines[(heading + 1)...].prefix { !$0.isEmpty }.filter { $0.hasPrefix("  ") && !$0.hasPrefix("   ") }
            .compactMap { $0.split(separator: " ").first.map(String.init) }
    }
}
