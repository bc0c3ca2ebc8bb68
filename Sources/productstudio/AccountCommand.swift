import ArgumentParser
import StudioCore

/// `productstudio account`: the account basics and current plan.
struct AccountCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "account",
        abstract: "Show or update the account basics.",
        subcommands: [Show.self, Update.self]
    )

    /// `account show`.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the account's email, name, current plan, balance and opening date."
        )

        @OptionGroup var ledger: LedgerOptions
        @OptionGroup var account: AccountOption

        @Option(help: "Output format.")
        var format: LedgerFormat = .text

        func run() throws {
            AccountCommand.render(try CreditLedger(database: try ledger.open()).account(try account.email()), as: format)
        }
    }

    /// `account set --name NAME`.
    struct Update: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: "Update the account's display name."
        )

        @Option(help: "The new display name.")
        var name: String

        @OptionGroup var ledger: LedgerOptions
        @OptionGroup var account: AccountOption

        @Option(help: "Output format.")
        var format: LedgerFormat = .text

        func run() throws {
            let updated = try CreditLedger(database: try ledger.open()).rename(try account.email(), to: name)
            AccountCommand.render(updated, as: format)
        }
    }

    fileprivate static func render(_ account: Account, as format: LedgerFormat) {
        switch format {
        case .json: try? LedgerOutput.printJSON(account)
        case .text:
            print(
                """
                Email: \(account.email.visible)
                Name: \(account.name?.visible ?? "-")
                Plan: \(account.plan ?? "none")
                Balance: \(account.balance) credits
                Opened: \(LedgerOutput.text(account.opened))
                """
            )
        }
    }
}
