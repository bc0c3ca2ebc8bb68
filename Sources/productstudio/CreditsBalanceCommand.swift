import ArgumentParser
import StudioCore

/// `productstudio credits balance`: the account's balance, read from its running balance.
struct CreditsBalanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "balance", abstract: "Show the account's balance.")

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var account: AccountOption

    @Option(help: "Output format: text or json ({\"account\": EMAIL, \"balance\": N}).")
    var format: LedgerFormat = .text

    func run() throws {
        let email = try EmailAddress(try account.email()).text
        let balance = try CreditLedger(database: try ledger.open()).balance(of: email)
        switch format {
        case .json: try LedgerOutput.printJSON(Balance(account: email, balance: balance))
        case .text: print("\(email.visible): \(balance) credits")
        }
    }

    private struct Balance: Encodable {
        let account: String
        let balance: Int
    }
}
