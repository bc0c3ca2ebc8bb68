import ArgumentParser
import StudioCore

/// `productstudio credits open EMAIL`: opens an account with the welcome balance.
struct CreditsOpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open an account and grant the welcome balance (once per email)."
    )

    @Argument(help: "The account's email.")
    var email: String

    @Option(help: "The account's display name.")
    var name: String?

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var idempotency: IdempotencyOption

    @Option(help: "Output format.")
    var format: LedgerFormat = .text

    func run() throws {
        let opening = try CreditLedger(database: try ledger.open())
            .open(email: email, name: name, idempotencyKey: idempotency.idempotencyKey)
        switch format {
        case .json: try LedgerOutput.printJSON(opening)
        case .text: print("Opened \(opening.account.visible) with \(opening.granted) welcome credits; balance \(opening.balance).")
        }
    }
}
