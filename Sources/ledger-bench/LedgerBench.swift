import ArgumentParser
import Foundation
import StudioCore

/// `ledger-bench`: drives the ledger through the library for benchmarks and multi-process tests.
@main
struct LedgerBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ledger-bench",
        abstract: "Drive the credit ledger through the library, for benchmarks and multi-process tests.",
        subcommands: [Charge.self, Balance.self]
    )
}

/// The database and the account every subcommand works on.
struct LedgerTarget: ParsableArguments {
    @Option(help: "The database file.")
    var db: String

    @Option(help: "The account's email.")
    var account: String
}

/// `ledger-bench charge`: N charged tasks, one durable transaction each.
struct Charge: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start N one-image standard tasks, failing every Kth one eligibly (its refund is a second transaction).",
        discussion: #"Prints {"charges":…,"refunds":…,"seconds":…}."#
    )

    @OptionGroup var target: LedgerTarget

    @Option(help: "How many tasks to start (at least 1).")
    var count: Int

    @Option(help: "Fail every Kth task eligibly; 0 fails none.")
    var refundEvery = 0

    func validate() throws {
        guard count >= 1 else { throw ValidationError("--count must be at least 1") }
        guard refundEvery >= 0 else { throw ValidationError("--refund-every cannot be negative") }
    }

    func run() throws {
        let history = GenerationHistory(database: try StudioDatabase.open(at: target.db))
        let request = GenerationRequest(kind: .images(.standard, count: 1), sku: "BENCH-1", useCase: "bench")
        var refunds = 0
        let started = ContinuousClock.now
        for index in 1...count {
            let task = try history.start(request, for: target.account).task
            if refundEvery > 0, index % refundEvery == 0 {
                try history.fail(task, reason: "bench failure", eligible: true, for: target.account)
                refunds += 1
            }
        }
        let seconds = (ContinuousClock.now - started).seconds
        print(#"{"charges":\#(count),"refunds":\#(refunds),"seconds":\#(seconds)}"#)
    }
}

/// `ledger-bench balance`: N in-process balance reads, timed one by one.
struct Balance: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Time N balance reads.",
        discussion: #"Prints {"balance":…,"reads":…,"median_us":…,"p99_us":…}."#
    )

    @OptionGroup var target: LedgerTarget

    @Option(help: "How many reads to time (at least 1).")
    var reads: Int

    func validate() throws {
        guard reads >= 1 else { throw ValidationError("--reads must be at least 1") }
    }

    func run() throws {
        let ledger = CreditLedger(database: try StudioDatabase.open(at: target.db))
        var balance = 0
        var samples: [Double] = []
        for _ in 0..<reads {
            let started = ContinuousClock.now
            balance = try ledger.balance(of: target.account)
            samples.append((ContinuousClock.now - started).seconds * 1_000_000)
        }
        samples.sort()
        let median = samples[samples.count / 2]
        let p99 = samples[min(samples.count - 1, samples.count * 99 / 100)]
        print(#"{"balance":\#(balance),"reads":\#(reads),"median_us":\#(median),"p99_us":\#(p99)}"#)
    }
}

extension Duration {
    fileprivate var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
