import Foundation
import Testing

/// Credits arithmetic is checked before it is written: a balance never overflows into a floating-point value.
@Suite struct BalanceLimitTests {
    @Test func aPurchaseThatWouldPassTheLargestBalanceIsRefusedAndNothingChanges() throws {
        let sandbox = try LedgerSandbox()
        try sandbox.run("credits", "open", sandbox.email)
        let top = try sandbox.run("credits", "adjust", "--amount", "9223372036854775757", "--reason", "largest")
        #expect(top.status == 0, "\(top.stderr)")
        #expect(try sandbox.balance() == Int.max)

        let buy = try sandbox.run("credits", "buy", "pack-300", "--reference", "PAY-1")
        #expect(buy.status == 1)
        #expect(
            buy.stderr
                == "error: adding 300 credits to the balance of 9223372036854775807 would pass the largest balance "
                + "the ledger can hold (9223372036854775807); nothing was changed\n"
        )
        #expect(try sandbox.balance() == Int.max)
        let transactions = try sandbox.decode([LedgerJSON.Transaction].self, "credits", "transactions")
        #expect(transactions.map(\.kind) == ["grant", "adjustment"])
        #expect(transactions.map(\.balance) == [50, Int.max])
        let verify = try sandbox.run("credits", "verify")
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
        let start = try sandbox.run("history", "start", "--tool", "image", "--quality", "hd", "--sku", "MUG", "--use", "ad")
        #expect(start.status == 0, "\(start.stderr)")
    }

    @Test func anAdjustmentPastTheLimitSaysSoNotBelowZero() throws {
        let sandbox = try LedgerSandbox()
        try sandbox.run("credits", "open", sandbox.email)
        let result = try sandbox.run("credits", "adjust", "--amount", "9223372036854775807", "--reason", "x")
        #expect(result.status == 1)
        #expect(result.stderr.contains("would pass the largest balance the ledger can hold"))
        #expect(!result.stderr.contains("below zero"))
        #expect(try sandbox.balance() == 50)
    }
}
