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

    @OptionGroup var target: AccountDatabase
    @OptionGroup var idempotency: IdempotencyOption
    @OptionGroup var output: ResultOutput

    func validate() throws {
        if reference.isBlank { throw ValidationError("--reference cannot be empty.") }
    }

    func run() throws {
        let purchase = try target.ledger().buy(pack, reference: reference, for: target.email, idempotencyKey: idempotency.key)
        try output.print(purchase) {
            "Bought \($0.pack): \($0.credits) credits (reference \($0.reference.visible)); balance \($0.balance)."
        }
    }
}
