import ArgumentParser
import StudioCore

/// `productstudio history fail TASK --reason TEXT [--eligible]`: the recorded failure flow.
struct HistoryFailCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fail",
        abstract: "Record that a running task failed; an eligible failure returns exactly its charge, once."
    )

    @Argument(help: "The task id.")
    var task: Int64

    @Option(help: "Why the task failed.")
    var reason: String

    func validate() throws {
        if reason.isBlank { throw ValidationError("--reason cannot be empty.") }
    }

    @Flag(help: "The failure is eligible for a refund of the task's charge.")
    var eligible = false

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var account: AccountOption
    @OptionGroup var idempotency: IdempotencyOption

    @Option(help: "Output format.")
    var format: LedgerFormat = .text

    func run() throws {
        let failure = try GenerationHistory(database: try ledger.open()).fail(
            task,
            reason: reason,
            eligible: eligible,
            for: try account.email(),
            idempotencyKey: idempotency.idempotencyKey
        )
        switch format {
        case .json: try LedgerOutput.printJSON(failure)
        case .text:
            let refund = failure.refunded > 0 ? "refunded \(failure.refunded) credits" : "no refund"
            print("Task \(failure.task) failed; \(refund); balance \(failure.balance).")
        }
    }
}
