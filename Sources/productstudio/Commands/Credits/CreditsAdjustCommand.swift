import ArgumentParser
import StudioCore

/// `productstudio credits adjust --amount N --reason TEXT`: a manual correction.
struct CreditsAdjustCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "adjust",
        abstract: "Correct the balance by hand, in or out; never below zero."
    )

    @Option(help: "Credits to add, or to remove when negative (write --amount=-20).")
    var amount: Int

    @Option(help: "Why the balance is corrected; recorded with the transaction.")
    var reason: String

    @OptionGroup var target: AccountDatabase
    @OptionGroup var idempotency: IdempotencyOption
    @OptionGroup var output: ResultOutput

    func validate() throws {
        if reason.isBlank { throw ValidationError("--reason cannot be empty.") }
    }

    func run() throws {
        let adjustment = try target.ledger().adjust(target.email, by: amount, reason: reason, idempotencyKey: idempotency.key)
        try output.print(adjustment) { "Adjusted by \($0.amount); balance \($0.balance)." }
    }
}
