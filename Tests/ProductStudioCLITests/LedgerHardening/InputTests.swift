import Foundation
import Testing

/// What the ledger is given is checked before anything is charged: emails, SKUs, use cases, reasons and keys.
@Suite struct InputTests {
    @Test func anEmailInAnotherCaseOrUnicodeFormIsTheSameAccount() throws {
        let sandbox = try LedgerSandbox()
        #expect(try sandbox.run("credits", "open", "ÄNA@x.com").status == 0)
        let again = try sandbox.run("credits", "open", "a\u{308}na@X.com")
        #expect(again.status == 1)
        #expect(again.stderr == "error: an account for äna@x.com already exists\n")
        let balance = try sandbox.run("credits", "balance", "--account", "Äna@x.com")
        #expect(balance.stdout == "äna@x.com: 50 credits\n")
    }

    @Test(arguments: ["a@b", "ana@\u{FFFD}.com", String(repeating: "x", count: 10_000) + "@example.com", "ana @example.com"])
    func anAddressOfTheWrongShapeOpensNoAccount(email: String) throws {
        let sandbox = try LedgerSandbox()
        let result = try sandbox.run("credits", "open", email)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("error: '") && result.stderr.contains("is not an email address"))
        #expect(!FileManager.default.fileExists(atPath: sandbox.database.path), "a refused address created the database")
    }

    @Test(arguments: [
        (["--sku", String(repeating: "S", count: 240)], "the SKU 'SSSS"),
        (["--sku", "MUG/01"], "holds '/', which Windows or macOS refuse in file names"),
        (["--sku", "."], "starts with a dot, which would hide the file"),
        (["--sku", "MUG\u{1B}[31m"], "the SKU 'MUG\\u{1B}[31m' holds a control or invisible formatting character"),
        (["--sku", "\n"], "the SKU cannot be empty"),
        (["--use", " \t"], "the use case cannot be empty"),
        (["--use", "ad:hero"], "holds ':'"),
    ])
    func aSKUOrUseCaseThatCannotNameAFileIsAUsageErrorAndChargesNothing(change: [String], message: String) throws {
        let sandbox = try LedgerSandbox()
        try sandbox.run("credits", "open", sandbox.email)
        var arguments = ["history", "start", "--tool", "image", "--quality", "hd", "--sku", "MUG", "--use", "ad"]
        let index = try #require(arguments.firstIndex(of: change[0]))
        arguments[index + 1] = change[1]
        let result = try sandbox.run(arguments)
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(!result.stderr.contains("\u{1B}"))
        #expect(try sandbox.balance() == 50)
    }

    @Test(arguments: [
        ["credits", "adjust", "--amount", "5", "--reason", "\n"],
        ["credits", "buy", "pack-300", "--reference", " \r\n"],
        ["credits", "adjust", "--amount", "5", "--reason", "x", "--idempotency-key", ""],
        ["history", "fail", "1", "--reason", "\u{200B}"],
    ])
    func emptyLookingValuesAreUsageErrors(arguments: [String]) throws {
        let sandbox = try LedgerSandbox()
        try sandbox.run("credits", "open", sandbox.email)
        let result = try sandbox.run(arguments)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("cannot be empty"))
        #expect(try sandbox.balance() == 50)
    }

    @Test func idempotencyKeysBelongToTheirAccount() throws {
        let sandbox = try LedgerSandbox()
        try sandbox.run("credits", "open", sandbox.email)
        try sandbox.run("credits", "open", "bo@example.com")
        let ana = try sandbox.run("credits", "buy", "pack-300", "--reference", "PAY-1", "--idempotency-key", "order-7")
        #expect(ana.status == 0)
        let bo = try sandbox.run(
            "credits",
            "buy",
            "pack-1000",
            "--reference",
            "PAY-2",
            "--idempotency-key",
            "order-7",
            "--account",
            "bo@example.com"
        )
        #expect(bo.status == 0, "\(bo.stderr)")
        let repeated = try sandbox.run("credits", "buy", "pack-300", "--reference", "PAY-1", "--idempotency-key", "order-7")
        #expect(repeated.status == 0)
        #expect(try sandbox.balance() == 350)
        let boBalance = try sandbox.run("credits", "balance", "--account", "bo@example.com")
        #expect(boBalance.stdout == "bo@example.com: 1050 credits\n")
    }
}
