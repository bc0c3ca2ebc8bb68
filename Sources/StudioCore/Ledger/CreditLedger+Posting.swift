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
    /// The statements on the charge path are cached per connection: preparing them against this schema costs
    /// more than running them, and a long-lived process (a server, `ledger-bench`) repeats them.
    ///
    /// - Returns: The new transaction's id and the balance after it.
    /// - Throws: ``LedgerError/insufficientCredits(balance:cost:)`` when a debit exceeds the balance.
    static func post(
        _ db: Database,
        account: Account,
        entry: LedgerEntry,
        at date: Date
    ) throws
        -> (transaction: Int64, balance: Int)
    {
        guard
            let balance = try Int.fetchOne(
                db.cachedStatement(
                    sql: "UPDATE account SET balance = balance + ? WHERE id = ? AND balance + ? >= 0 RETURNING balance"
                ),
                arguments: [entry.amount, account.id, entry.amount]
            )
        else {
            let current = try Int.fetchOne(db, sql: "SELECT balance FROM account WHERE id = ?", arguments: [account.id])
            throw LedgerError.insufficientCredits(balance: current ?? 0, cost: -entry.amount)
        }
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
