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

    @Option(help: "The payment reference to record with the credits.", transform: RequiredText.parse)
    var reference: RequiredText

    @OptionGroup var change: AccountChange

    func run() throws {
        let ledger = try change.target.ledger()
        let purchase = try ledger.buy(pack, reference: reference.text, for: change.target.email, idempotencyKey: change.idempotency.key)
        try change.output.print(purchase) {
            "Bought \($0.pack): \($0.credits) credits (reference \($0.reference.visible)); balance \($0.balance)."
        }
    }
}
