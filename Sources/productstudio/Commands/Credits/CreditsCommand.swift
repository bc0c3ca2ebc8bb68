import ArgumentParser

/// `productstudio credits`: Credits Management — accounts, balances, purchases and the ledger's health.
struct CreditsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "credits",
        abstract: "Open accounts, read balances and transactions, buy plans and packs, verify the ledger.",
        discussion: """
            Exit codes: 0 success, 1 a refused operation or a broken invariant (a one-line message says why; \
            nothing was changed), 2 usage errors.
            """,
        subcommands: [
            CreditsOpenCommand.self, CreditsBalanceCommand.self, CreditsTransactionsCommand.self,
            CreditsPacksCommand.self, CreditsBuyCommand.self, CreditsAdjustCommand.self, CreditsVerifyCommand.self,
        ]
    )
}
