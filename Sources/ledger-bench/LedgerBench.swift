import Foundation
import StudioCore

/// `ledger-bench`: drives the ledger through the library for benchmarks and multi-process tests.
///
/// ```
/// ledger-bench charge  --db PATH --account EMAIL --count N [--refund-every K]
/// ledger-bench balance --db PATH --account EMAIL --reads N
/// ```
/// `charge` starts N one-image standard tasks, one durable transaction each, and fails every Kth one
/// eligibly (its refund is a second transaction); it prints `{"charges":…,"refunds":…,"seconds":…}`.
/// `balance` times N in-process balance reads and prints the median and the 99th percentile in microseconds.
@main
enum LedgerBench {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        do {
            switch arguments.first {
            case "charge": try charge(Options(arguments.dropFirst()))
            case "balance": try balance(Options(arguments.dropFirst()))
            default: throw UsageError()
            }
        } catch let error as UsageError {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            exit(2)
        } catch {
            FileHandle.standardError.write(Data("ledger-bench: \(error)\n".utf8))
            exit(1)
        }
    }

    private static func charge(_ options: Options) throws {
        let database = try StudioDatabase.open(at: try options.value("db"))
        let history = GenerationHistory(database: database)
        let email = try options.value("account")
        let count = try options.number("count")
        let refundEvery = try options.number("refund-every", default: 0)
        let request = GenerationRequest(kind: .images(.standard, count: 1), sku: "BENCH-1", useCase: "bench")
        var refunds = 0
        let started = ContinuousClock.now
        for index in 1...count {
            let task = try history.start(request, for: email).task
            if refundEvery > 0, index % refundEvery == 0 {
                try history.fail(task, reason: "bench failure", eligible: true, for: email)
                refunds += 1
            }
        }
        let seconds = (ContinuousClock.now - started).seconds
        print(#"{"charges":\#(count),"refunds":\#(refunds),"seconds":\#(seconds)}"#)
    }

    private static func balance(_ options: Options) throws {
        let ledger = CreditLedger(database: try StudioDatabase.open(at: try options.value("db")))
        let email = try options.value("account")
        let reads = try options.number("reads")
        var balance = 0
        var samples: [Double] = []
        for _ in 0..<reads {
            let started = ContinuousClock.now
            balance = try ledger.balance(of: email)
            samples.append((ContinuousClock.now - started).seconds * 1_000_000)
        }
        samples.sort()
        let median = samples[samples.count / 2]
        let p99 = samples[min(samples.count - 1, samples.count * 99 / 100)]
        print(#"{"balance":\#(balance),"reads":\#(reads),"median_us":\#(median),"p99_us":\#(p99)}"#)
    }
}

/// `--name value` pairs.
private struct Options {
    let values: [String: String]

    init(_ arguments: ArraySlice<String>) throws {
        var values: [String: String] = [:]
        var rest = arguments[...]
        while let flag = rest.popFirst() {
            guard flag.hasPrefix("--"), let value = rest.popFirst() else { throw UsageError() }
            values[String(flag.dropFirst(2))] = value
        }
        self.values = values
    }

    func value(_ name: String) throws -> String {
        guard let value = values[name] else { throw UsageError() }
        return value
    }

    func number(_ name: String, default fallback: Int? = nil) throws -> Int {
        guard let text = values[name] else {
            if let fallback { return fallback }
            throw UsageError()
        }
        guard let number = Int(text), number >= 0 else { throw UsageError() }
        return number
    }
}

private struct UsageError: Error, CustomStringConvertible {
    var description: String {
        """
        usage: ledger-bench charge --db PATH --account EMAIL --count N [--refund-every K]
               ledger-bench balance --db PATH --account EMAIL --reads N
        """
    }
}

extension Duration {
    fileprivate var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
