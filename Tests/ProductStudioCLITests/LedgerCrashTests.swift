import Foundation
import Testing

/// A process killed with SIGKILL in the middle of its work leaves a database that `credits verify` passes.
@Suite struct LedgerCrashTests {
    @Test func killedProcessesLeaveASoundLedger() throws {
        let sandbox = try LedgerSandbox()
        try sandbox.run("credits", "open", sandbox.email)
        try sandbox.run("credits", "adjust", "--amount", "1000000", "--reason", "crash test")
        var generator = SystemRandomNumberGenerator()

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
            #expect(workers.allSatisfy { $0.process.terminationReason == .uncaughtSignal })
        }

        let verify = try sandbox.run("credits", "verify")
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
        let charges = try #require(try sandbox.json("credits", "transactions", "--kind", "charge") as? [Any])
        #expect(!charges.isEmpty)
    }
}
