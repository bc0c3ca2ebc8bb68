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

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var idempotency: IdempotencyOption
    @OptionGroup var output: ResultOutput

    func validate() throws {
        try EmailAddress.validate(email)
    }

    func run() throws {
        let opening = try CreditLedger(database: try database.open()).open(email: email, name: name, idempotencyKey: idempotency.key)
        try output.print(opening) { "Opened \($0.account.visible) with \($0.granted) welcome credits; balance \($0.balance)." }
    }
}
