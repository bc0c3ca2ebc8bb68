import ArgumentParser
import StudioCore

/// `productstudio credits transactions`: grants, purchases, charges, refunds and adjustments with the running balance.
struct CreditsTransactionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "transactions",
        abstract: "List the account's credit transactions with the running balance."
    )

    @Option(help: "Only transactions on or after this day (YYYY-MM-DD) or time (ISO 8601).")
    var since: String?

    @Option(help: "Only transactions up to this day (included) or before this time.")
    var until: String?

    @Option(help: "Only this kind of transaction; repeat to list several.")
    var kind: [CreditTransaction.Kind] = []

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var account: AccountOption

    @Option(help: "Output format.")
    var format: ListingFormat = .text

    func run() throws {
        let dates: DateRange
        do { dates = try DateRange(since: since, until: until) } catch { throw ValidationError(error.description) }
        let transactions = try CreditLedger(database: try ledger.open())
            .transactions(of: try account.email(), matching: TransactionFilter(dates: dates, kinds: Set(kind)))
        let header = ["id", "date", "kind", "amount", "balance", "task", "pack", "reference", "note"]
        let rows = transactions.map { transaction in
            [
                "\(transaction.id)", LedgerOutput.iso(transaction.date), transaction.kind.rawValue, "\(transaction.amount)",
                "\(transaction.balance)", transaction.task.map { "\($0)" } ?? "", transaction.pack ?? "",
                transaction.reference ?? "", transaction.note ?? "",
            ]
        }
        switch format {
        case .json: try LedgerOutput.printJSON(transactions)
        case .csv: LedgerOutput.printCSV(header: header, rows: rows)
        case .text:
            let textRows = transactions.map { transaction in
                [
                    "\(transaction.id)", LedgerOutput.text(transaction.date), transaction.kind.rawValue,
                    transaction.amount > 0 ? "+\(transaction.amount)" : "\(transaction.amount)", "\(transaction.balance)",
                    detail(transaction),
                ]
            }
            LedgerOutput.printTable(
                header: ["ID", "DATE", "KIND", "AMOUNT", "BALANCE", "DETAIL"],
                rows: textRows,
                rightAligned: [0, 3, 4]
            )
        }
    }

    private func detail(_ transaction: CreditTransaction) -> String {
        var parts: [String] = []
        if let task = transaction.task { parts.append("task \(task)") }
        if let pack = transaction.pack { parts.append(pack) }
        if let reference = transaction.reference { parts.append("ref \(reference)") }
        if let note = transaction.note { parts.append(note) }
        return parts.joined(separator: ", ")
    }
}
