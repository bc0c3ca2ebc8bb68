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
    /// The columns ``selection`` reads, in its order.
    private enum Column: Int, ResultColumn {
        case id, createdAt, kind, amount, balanceAfter, taskID, packID, reference, note

        static let table = "credit_transaction"

        var name: String {
            switch self {
            case .id: "id"
            case .createdAt: "created_at"
            case .kind: "kind"
            case .amount: "amount"
            case .balanceAfter: "balance_after"
            case .taskID: "task_id"
            case .packID: "pack_id"
            case .reference: "reference"
            case .note: "note"
            }
        }
    }

    /// The query that reads transactions, in ``Column``'s order.
    private static let selection = "SELECT " + Column.allCases.map(\.name).joined(separator: ", ") + " FROM credit_transaction"

    /// The transactions `clause` picks (a WHERE and what follows), as they are read.
    static func cursor(_ db: Database, _ clause: String, arguments: StatementArguments = []) throws -> StoredRowCursor<CreditTransaction> {
        try StoredRowCursor(db, sql: selection + clause, arguments: arguments) { row in
            CreditTransaction(
                id: try row.value(Column.id),
                date: try row.date(Column.createdAt),
                kind: try row.value(Column.kind),
                amount: try row.value(Column.amount),
                balance: try row.value(Column.balanceAfter),
                task: try row.value(Column.taskID),
                pack: try row.value(Column.packID),
                reference: try row.value(Column.reference),
                note: try row.value(Column.note)
            )
        }
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
