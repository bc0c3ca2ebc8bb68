import Foundation
import StudioCore
import StudioTestSupport
import Testing

/// A process killed with SIGKILL in the middle of its work leaves a database that `credits verify` passes.
@Suite struct LedgerCrashTests {
    @Test func killedProcessesLeaveASoundLedger() throws {
        let sandbox = try LedgerSandbox()
        try sandbox.run("credits", "open", sandbox.email)
        try sandbox.run("credits", "adjust", "--amount", "1000000", "--reason", "crash test")
        var generator = try SeededGenerator.replayable()
        let replay = Comment(rawValue: generator.replay)
        print("LedgerCrashTests: \(generator.replay)")

        for round in 0..<8 {
            // A long library run: two processes charging and refunding, killed after a random moment.
            let workers = try (0..<2).map { _ in
                try ProductStudioBinary.start(
                    [
                        "charge", "--db", sandbox.database.path, "--account", sandbox.email, "--count", "100000",
                        "--refund-every", "2",
                    ],
                    executable: ProductStudioBinary.sibling("ledger-bench")
                )
            }
            // Command-line runs killed at random points, from start-up to commit.
            let commands = try (0..<3).map { index in
                try ProductStudioBinary.start(
                    ["history", "start", "--tool", "image", "--quality", "hd", "--sku", "R\(round)-\(index)", "--use", "ad"],
                    environment: sandbox.environment
                )
            }
            usleep(UInt32.random(in: 20_000...300_000, using: &generator))
            for command in commands { kill(command.process.processIdentifier, SIGKILL) }
            usleep(UInt32.random(in: 50_000...300_000, using: &generator))
            for worker in workers { kill(worker.process.processIdentifier, SIGKILL) }
            for process in workers + commands {
                process.process.waitUntilExit()
                _ = process.result()
            }
            // The library runs cannot finish 100,000 charges in time: each was killed mid-run.
            #expect(workers.allSatisfy { $0.process.terminationReason == .uncaughtSignal }, "round \(round); \(generator.replay)")
        }

        let verify = try sandbox.run("credits", "verify")
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)\n\(generator.replay)")
        // Every task that was written has exactly its one charge, at its price, and the balance adds up.
        let tasks = try sandbox.decode([LedgerJSON.Task].self, "history", "list")
        let transactions = try sandbox.decode([LedgerJSON.Transaction].self, "credits", "transactions")
        let charges = transactions.filter { $0.kind == "charge" }
        #expect(charges.count == tasks.count, replay)
        #expect(Set(charges.compactMap(\.task)) == Set(tasks.map(\.task)), replay)
        let prices = [
            "standard": try PriceSchedule.current.cost(of: .images(.standard, count: 1)),
            "hd": try PriceSchedule.current.cost(of: .images(.hd, count: 1)),
        ]
        #expect(tasks.allSatisfy { $0.charged == prices[$0.quality ?? ""] }, replay)
        let charged = tasks.map(\.charged).reduce(0, +)
        let refunded = tasks.map(\.refunded).reduce(0, +)
        #expect(-charges.map(\.amount).reduce(0, +) == charged, replay)
        let balance = PriceSchedule.current.welcomeBalance + 1_000_000 - charged + refunded
        #expect(try sandbox.balance() == balance, replay)
        #expect(transactions.last?.balance == balance, replay)
    }
}
