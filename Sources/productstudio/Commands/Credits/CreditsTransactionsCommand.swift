import ArgumentParser
import StudioCore

/// `productstudio credits transactions`: grants, purchases, charges, refunds and adjustments with the running balance.
struct CreditsTransactionsCommand: AccountListingCommand {
    static let configuration = CommandConfiguration(
        commandName: "transactions",
        abstract: "List the account's credit transactions with the running balance, oldest first.",
        discussion: """
            Transactions are printed as they are read, so long ledgers start at once; --limit keeps the oldest, \
            and --since pages on from there.
            """
    )

    @Option(help: "Only this kind of transaction; repeat to list several.")
    var kind: [CreditTransaction.Kind] = []

    @OptionGroup var listing: ListingOptions
    @OptionGroup var target: AccountDatabase

    func forEachRecord(_ body: (CreditTransaction) throws -> Void) throws {
        let filter = TransactionFilter(dates: try listing.dates(), kinds: Set(kind), limit: listing.limit)
        try target.ledger().forEachTransaction(of: target.email, matching: filter, body)
    }

    static var textColumns: [ListingWriter<CreditTransaction>.Column] {
        typealias Column = ListingWriter<CreditTransaction>.Column
        return [
            Column(header: "ID", rightAligned: true) { "\($0.id)" },
            Column(header: "DATE") { DisplayDate.text($0.date) },
            Column(header: "KIND") { $0.kind.rawValue },
            Column(header: "AMOUNT", rightAligned: true) { $0.amount > 0 ? "+\($0.amount)" : "\($0.amount)" },
            Column(header: "BALANCE", rightAligned: true) { "\($0.balance)" },
            Column(header: "DETAIL", cell: detail),
        ]
    }

    static var csvColumns: [ListingWriter<CreditTransaction>.Column] {
        typealias Column = ListingWriter<CreditTransaction>.Column
        return [
            Column(header: "id") { "\($0.id)" },
            Column(header: "date") { ISOTime.string(from: $0.date) },
            Column(header: "kind") { $0.kind.rawValue },
            Column(header: "amount") { "\($0.amount)" },
            Column(header: "balance") { "\($0.balance)" },
            Column(header: "task") { $0.task.map { "\($0)" } ?? "" },
            Column(header: "pack") { $0.pack ?? "" },
            Column(header: "reference") { $0.reference ?? "" },
            Column(header: "note") { $0.note ?? "" },
        ]
    }

    private static func detail(_ transaction: CreditTransaction) -> String {
        var parts: [String] = []
        if let task = transaction.task { parts.append("task \(task)") }
        if let pack = transaction.pack { parts.append(pack) }
        if let reference = transaction.reference { parts.append("ref \(reference)") }
        if let note = transaction.note { parts.append(note) }
        return parts.joined(separator: ", ")
    }
}
