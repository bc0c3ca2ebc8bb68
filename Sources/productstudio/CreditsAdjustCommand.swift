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

    func validate() throws {
        if reason.isBlank { throw ValidationError("--reason cannot be empty.") }
    }

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var account: AccountOption
    @OptionGroup var idempotency: IdempotencyOption

    @Option(help: "Output format.")
    var format: LedgerFormat = .text

    func run() throws {
        let adjustment = try CreditLedger(database: try ledger.open())
            .adjust(try account.email(), by: amount, reason: reason, idempotencyKey: idempotency.idempotencyKey)
        switch format {
        case .json: try LedgerOutput.printJSON(adjustment)
        case .text: print("Adjusted by \(adjustment.amount); balance \(adjustment.balance).")
        }
    }
}
