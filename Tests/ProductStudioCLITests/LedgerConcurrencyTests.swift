import Foundation
import StudioCore
import Testing

/// Several processes on one database at once never lose or duplicate a credit and never report a locked database.
@Suite struct LedgerConcurrencyTests {
    @Test func fourProcessesChargingAndRefundingKeepTheExactBalance() throws {
        let sandbox = try LedgerSandbox()
        try sandbox.run("credits", "open", sandbox.email)
        try sandbox.run("credits", "adjust", "--amount", "20000", "--reason", "load test")
        let workers = 4
        let charges = 200
        let refundEvery = 2

        let running = try (0..<workers).map { _ in
            try ProductStudioBinary.start(
                [
                    "charge", "--db", sandbox.database.path, "--account", sandbox.email, "--count", "\(charges)",
                    "--refund-every", "\(refundEvery)",
                ],
                executable: ProductStudioBinary.sibling("ledger-bench")
            )
        }
        for worker in running {
            worker.process.waitUntilExit()
            let result = worker.result()
            #expect(result.status == 0)
            #expect(result.stderr.isEmpty, "\(result.stderr)")
            #expect(result.stdout.contains(#""charges":200,"refunds":100"#))
        }

        let price = try PriceSchedule.current.cost(of: .images(.standard, count: 1))
        let expected = PriceSchedule.current.welcomeBalance + 20_000 - workers * charges * price + workers * (charges / refundEvery) * price
        #expect(try sandbox.balance() == expected)
        let transactions = try sandbox.decode([LedgerJSON.Transaction].self, "credits", "transactions")
        #expect(transactions.count == 2 + workers * charges + workers * charges / refundEvery)
        #expect(transactions.map(\.id) == Array(1...transactions.count), "no id lost or repeated")
        #expect(transactions.last?.balance == expected)
        let verify = try sandbox.run("credits", "verify")
        #expect(verify.status == 0, "\(verify.stdout)")
    }

    @Test func concurrentCommandLineChargesNeverReportALockedDatabase() throws {
        let sandbox = try LedgerSandbox()
        try sandbox.run("credits", "open", sandbox.email)
        try sandbox.run("credits", "adjust", "--amount", "5000", "--reason", "load test")
        let commands = 24
        let running = try (0..<commands).map { index in
            try ProductStudioBinary.start(
                ["history", "start", "--tool", "image", "--quality", "standard", "--sku", "SKU-\(index)", "--use", "ad"],
                environment: sandbox.environment
            )
        }
        for command in running {
            command.process.waitUntilExit()
            let result = command.result()
            #expect(result.status == 0)
            #expect(result.stderr.isEmpty, "\(result.stderr)")
        }
        let price = try PriceSchedule.current.cost(of: .images(.standard, count: 1))
        #expect(try sandbox.balance() == PriceSchedule.current.welcomeBalance + 5_000 - commands * price)
        #expect(try sandbox.run("credits", "verify").status == 0)
    }
}
