import ArgumentParser
import StudioCore

/// `productstudio credits verify`: recomputes every balance and checks every invariant.
struct CreditsVerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Recompute every balance and check every ledger invariant; exit 1 naming each broken one."
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: ResultOutput

    func run() throws {
        let verification = try CreditLedger(database: try database.open()).verify()
        try output.print(Report(verification), text: Self.lines)
        if !verification.isSound { throw ExitCode(ExitStatus.failure) }
    }

    private static func lines(_ report: Report) -> String {
        guard report.sound else {
            return report.violations.map { violation in
                (["broken: \(violation.invariant.rawValue): \(violation.invariant.summary) (\(violation.count) found)"]
                    + violation.examples.map { "  \($0.visible)" }).joined(separator: "\n")
            }.joined(separator: "\n")
        }
        return "ok: \(report.checked.count) invariants hold over \(report.accounts) account(s) and \(report.transactions) transaction(s)"
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
