import ArgumentParser
import StudioCore

/// `productstudio credits buy PACK --reference REF`: adds a plan's or pack's credits.
struct CreditsBuyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "buy",
        abstract: "Add a plan's or pack's credits and record the payment reference."
    )

    @Argument(help: "The plan or pack id (see `credits packs`).")
    var pack: String

    @Option(help: "The payment reference to record with the credits.")
    var reference: String

    func validate() throws {
        if reference.isBlank { throw ValidationError("--reference cannot be empty.") }
    }

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var account: AccountOption
    @OptionGroup var idempotency: IdempotencyOption

    @Option(help: "Output format.")
    var format: LedgerFormat = .text

    func run() throws {
        let purchase = try CreditLedger(database: try ledger.open())
            .buy(pack, reference: reference, for: try account.email(), idempotencyKey: idempotency.idempotencyKey)
        switch format {
        case .json: try LedgerOutput.printJSON(purchase)
        case .text:
            print(
                "Bought \(purchase.pack): \(purchase.credits) credits (reference \(purchase.reference.visible)); "
                    + "balance \(purchase.balance)."
            )
        }
    }
}
