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

        @OptionGroup var target: AccountDatabase
        @OptionGroup var output: ResultOutput

        func run() throws {
            try output.print(try target.ledger().account(target.email), text: AccountCommand.lines)
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

        @OptionGroup var target: AccountDatabase
        @OptionGroup var output: ResultOutput

        func run() throws {
            try output.print(try target.ledger().rename(target.email, to: name), text: AccountCommand.lines)
        }
    }

    fileprivate static func lines(_ account: Account) -> String {
        """
        Email: \(account.email.visible)
        Name: \(account.name?.visible ?? "-")
        Plan: \(account.plan ?? "none")
        Balance: \(account.balance) credits
        Opened: \(DisplayDate.text(account.opened))
        """
    }
}
