import ArgumentParser
import StudioCore

/// `productstudio credits balance`: the account's balance, read from its running balance.
struct CreditsBalanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "balance", abstract: "Show the account's balance.")

    @OptionGroup var target: AccountDatabase
    @OptionGroup var output: ResultOutput

    func run() throws {
        let email = try EmailAddress(target.email).text
        let balance = Balance(account: email, balance: try target.ledger().balance(of: email))
        try output.print(balance) { "\($0.account.visible): \($0.balance) credits" }
    }

    /// The JSON shape: `{"account": EMAIL, "balance": N}`.
    private struct Balance: Encodable {
        let account: String
        let balance: Int
    }
}
