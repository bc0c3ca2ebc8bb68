import ArgumentParser
import StudioCore

/// `productstudio credits adjust --amount N --reason TEXT`: a manual correction.
struct CreditsAdjustCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "adjust", abstract: "Correct the balance by hand, in or out; never below zero.")

    @Option(help: "Credits to add, or to remove when negative (write --amount=-20).")
    var amount: Int

    @Option(help: "Why the balance is corrected; recorded with the transaction.", transform: RequiredText.parse)
    var reason: RequiredText

    @OptionGroup var change: AccountChange

    func run() throws {
        let ledger = try change.target.ledger()
        let adjustment = try ledger.adjust(change.target.email, by: amount, reason: reason.text, idempotencyKey: change.idempotency.key)
        try change.output.print(adjustment) { "Adjusted by \($0.amount); balance \($0.balance)." }
    }
}
