import Foundation
import GRDB

/// One transaction about to be written.
struct LedgerEntry {
    var kind: CreditTransaction.Kind
    /// Credits in (positive) or out (negative).
    var amount: Int
    var task: Int64? = nil
    var pack: String? = nil
    var reference: String? = nil
    var note: String? = nil
}

extension CreditLedger {
    /// Writes a transaction and moves the account's running balance with it, inside the caller's transaction.
    ///
    /// The new balance is worked out here with checked arithmetic, never by SQLite (whose integer sums overflow
    /// into floating point), and written only when it is an integer from 0 to `Int.max`.
    /// The statements on the charge path are cached per connection: preparing them against this schema costs
    /// more than running them, and a long-lived process (a server, `ledger-bench`) repeats them.
    ///
    /// - Parameters:
    ///   - db: the connection, inside the caller's transaction.
    ///   - account: the account as read in the caller's transaction.
    ///   - entry: the transaction to write; its amount moves the balance.
    ///   - date: the transaction's time (`created_at`).
    /// - Returns: The new transaction's id and the balance after it.
    /// - Throws: ``AccountError/insufficientCredits(balance:cost:)`` when a debit exceeds the balance,
    ///   ``AccountError/balanceLimit(balance:amount:)`` when a credit would pass `Int.max`.
    static func post(
        _ db: Database,
        account: Account,
        entry: LedgerEntry,
        at date: Date
    ) throws
        -> (transaction: Int64, balance: Int)
    {
        let (balance, overflow) = account.balance.addingReportingOverflow(entry.amount)
        guard !overflow else { throw AccountError.balanceLimit(balance: account.balance, amount: entry.amount) }
        guard balance >= 0 else { throw AccountError.insufficientCredits(balance: account.balance, cost: -entry.amount) }
        try db.cachedStatement(sql: "UPDATE account SET balance = ? WHERE id = ?").execute(arguments: [balance, account.id])
        try db.cachedStatement(
            sql: """
                INSERT INTO credit_transaction
                    (account_id, kind, amount, balance_after, task_id, pack_id, reference, note, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(
            arguments: [
                account.id, entry.kind.rawValue, entry.amount, balance, entry.task, entry.pack, entry.reference,
                entry.note, date,
            ]
        )
        return (db.lastInsertedRowID, balance)
    }
}
