import Foundation
import GRDB
import Testing

@Suite struct CreditsCommandTests {
    @Test func openGrantsTheWelcomeBalanceOnceAndBalancePrintsTheContractShape() throws {
        let sandbox = try LedgerSandbox()
        let opened = try sandbox.json("credits", "open", sandbox.email, "--name", "Ana") as? [String: Any]
        #expect(opened?["granted"] as? Int == 50)
        let balance = try sandbox.json("credits", "balance") as? [String: Any]
        #expect(balance?["account"] as? String == sandbox.email)
        #expect(balance?["balance"] as? Int == 50)

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
        #expect(help.stdout.contains("verify"))
    }

    @Test func packsListsIdsAndCredits() throws {
        let sandbox = try LedgerSandbox()
        let packs = try #require(try sandbox.json("credits", "packs") as? [[String: Any]])
        #expect(!packs.isEmpty)
        #expect(packs.allSatisfy { $0["id"] is String && ($0["credits"] as? Int ?? 0) > 0 })
        let csv = try sandbox.run("credits", "packs", "--format", "csv")
        #expect(csv.stdout.hasPrefix("id,kind,credits,period,name\n"))
    }

    @Test func buyAddsThePacksCreditsAndTransactionsShowTheRunningBalance() throws {
        let sandbox = try LedgerSandbox()
        try sandbox.run("credits", "open", sandbox.email)
        let purchase = try sandbox.json("credits", "buy", "pack-300", "--reference", "PAY-1") as? [String: Any]
        #expect(purchase?["balance"] as? Int == 350)
        try sandbox.run("history", "start", "--tool", "image", "--quality", "hd", "--count", "2", "--sku", "MUG-01", "--use", "ad")

        let transactions = try #require(try sandbox.json("credits", "transactions") as? [[String: Any]])
        #expect(transactions.map { $0["kind"] as? String } == ["grant", "purchase", "charge"])
        #expect(transactions.map { $0["balance"] as? Int } == [50, 350, 310])
        let charges = try sandbox.run("credits", "transactions", "--kind", "charge", "--format", "csv")
        #expect(
            charges.stdout == """
                id,date,kind,amount,balance,task,pack,reference,note
                3,2026-03-14T09:26:53Z,charge,-40,310,1,,,

                """
        )
        let later = try #require(try sandbox.json("credits", "transactions", "--since", "2026-03-15") as? [Any])
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
        let report = try #require(
            try JSONSerialization.jsonObject(
                with: Data(try sandbox.run("credits", "verify", "--format", "json").stdout.utf8)
            ) as? [String: Any]
        )
        #expect(report["sound"] as? Bool == false)
    }
}
