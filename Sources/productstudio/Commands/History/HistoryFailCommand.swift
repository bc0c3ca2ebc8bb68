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

    @Option(help: "Why the task failed.", transform: RequiredText.parse)
    var reason: RequiredText

    @Flag(help: "The failure is eligible for a refund of the task's charge.")
    var eligible = false

    @OptionGroup var change: AccountChange

    func run() throws {
        let failure = try change.target.history()
            .fail(task, reason: reason.text, eligible: eligible, for: change.target.email, idempotencyKey: change.idempotency.key)
        try change.output.print(failure) {
            "Task \($0.task) failed; \($0.refunded > 0 ? "refunded \($0.refunded) credits" : "no refund"); balance \($0.balance)."
        }
    }
}
