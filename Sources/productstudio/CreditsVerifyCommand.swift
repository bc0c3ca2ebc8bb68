import ArgumentParser
import StudioCore

/// `productstudio credits verify`: recomputes every balance and checks every invariant.
struct CreditsVerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Recompute every balance and check every ledger invariant; exit 1 naming each broken one."
    )

    @OptionGroup var ledger: LedgerOptions

    @Option(help: "Output format.")
    var format: LedgerFormat = .text

    func run() throws {
        let verification = try CreditLedger(database: try ledger.open()).verify()
        switch format {
        case .json: try LedgerOutput.printJSON(Report(verification))
        case .text:
            for violation in verification.violations {
                print("broken: \(violation.invariant.rawValue): \(violation.invariant.summary) (\(violation.count) found)")
                for example in violation.examples { print("  \(example.visible)") }
            }
            if verification.isSound {
                print(
                    "ok: \(verification.checked.count) invariants hold over \(verification.accounts) account(s) "
                        + "and \(verification.transactions) transaction(s)"
                )
            }
        }
        if !verification.isSound { throw ExitCode(ExitStatus.failure) }
    }

    /// The JSON shape: `sound`, the counts, the invariants checked and each violation.
    private struct Report: Encodable {
        let sound: Bool
        let accounts: Int
        let transactions: Int
        let checked: [LedgerInvariant]
        let violations: [InvariantViolation]

        init(_ verification: LedgerVerification) {
            sound = verification.isSound
            accounts = verification.accounts
            transactions = verification.transactions
            checked = verification.checked
            violations = verification.violations
        }
    }
}
