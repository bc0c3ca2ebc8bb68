public import Foundation
import GRDB

/// One movement of credits in or out of an account, with the balance it left.
public struct CreditTransaction: Sendable, Equatable, Codable {
    /// Why credits moved.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// The welcome balance, granted once when the account opens.
        case grant
        /// Credits bought with a plan or a one-time pack.
        case purchase
        /// The price of a generation task, taken when it starts.
        case charge
        /// A charge returned after an eligible failure of its task.
        case refund
        /// A manual correction, in or out.
        case adjustment
    }

    /// The transaction id, increasing in the order transactions were written.
    public let id: Int64
    /// When it was written.
    public let date: Date
    /// Why credits moved.
    public let kind: Kind
    /// Credits in (positive) or out (negative).
    public let amount: Int
    /// The account's balance right after this transaction.
    public let balance: Int
    /// The generation task charged or refunded.
    public let task: Int64?
    /// The plan or pack bought.
    public let pack: String?
    /// The payment reference of a purchase.
    public let reference: String?
    /// A note, such as an adjustment's reason.
    public let note: String?
}

extension CreditTransaction {
    init(row: Row) throws {
        let table = "credit_transaction"
        self.init(
            id: try row.value("id", in: table),
            date: try row.date("created_at", in: table),
            kind: try row.value("kind", in: table),
            amount: try row.value("amount", in: table),
            balance: try row.value("balance_after", in: table),
            task: try row.value("task_id", in: table),
            pack: try row.value("pack_id", in: table),
            reference: try row.value("reference", in: table),
            note: try row.value("note", in: table)
        )
    }
}

/// Which transactions a listing shows.
public struct TransactionFilter: Sendable, Equatable {
    /// Only transactions written in this span.
    public var dates: DateRange
    /// Only these kinds; all kinds when empty.
    public var kinds: Set<CreditTransaction.Kind>
    /// At most this many transactions, the oldest; all when nil.
    public var limit: Int?

    /// Creates a filter; the default shows everything.
    public init(dates: DateRange = DateRange(), kinds: Set<CreditTransaction.Kind> = [], limit: Int? = nil) {
        self.dates = dates
        self.kinds = kinds
        self.limit = limit
    }
}
