/// A rule the ledger must always satisfy; ``CreditLedger/verify()`` checks each one.
public enum LedgerInvariant: String, Sendable, Codable, CaseIterable {
    /// SQLite's own integrity check passes: no damaged page, no row missing from an index.
    case databaseIntact = "database-intact"
    /// Every balance, amount and cost is stored as an integer (not a value that overflowed into floating point).
    case creditsAreIntegers = "credits-are-integers"
    /// Each account's stored balance equals the sum of its transactions.
    case balanceMatchesTransactions = "balance-matches-transactions"
    /// Each transaction's recorded balance equals the running sum up to and including it.
    case runningBalance = "running-balance"
    /// No balance ever went below zero.
    case neverNegative = "never-negative"
    /// Each task was charged exactly once, at its price.
    case chargeMatchesTask = "charge-matches-task"
    /// Each task's price is the price schedule's for what it generated.
    case priceMatchesSchedule = "price-matches-schedule"
    /// Each purchase added exactly the credits of a plan or pack in the catalog.
    case purchaseMatchesCatalog = "purchase-matches-catalog"
    /// Each refund returns exactly the charge of a failed, refund-eligible task of the same account, once.
    case refundMatchesCharge = "refund-matches-charge"
    /// Each eligible failure of a charged task has its refund.
    case eligibleFailureRefunded = "eligible-failure-refunded"
    /// No transaction, task or output points at a row that does not exist.
    case noOrphans = "no-orphans"

    /// What the invariant promises, in one line.
    public var summary: String {
        switch self {
        case .databaseIntact: "SQLite's integrity check finds no damage"
        case .creditsAreIntegers: "every balance, amount and cost is an integer"
        case .balanceMatchesTransactions: "every balance equals the sum of its transactions"
        case .runningBalance: "every transaction's balance equals the running sum"
        case .neverNegative: "no balance ever went negative"
        case .chargeMatchesTask: "every task is charged once, at its price"
        case .priceMatchesSchedule: "every task's price is the schedule's"
        case .purchaseMatchesCatalog: "every purchase adds its plan's or pack's credits"
        case .refundMatchesCharge: "every refund matches exactly one charge of a failed, eligible task"
        case .eligibleFailureRefunded: "every eligible failure has its refund"
        case .noOrphans: "no transaction, task or output refers to a missing row"
        }
    }
}

/// One broken invariant found by ``CreditLedger/verify()``, with examples of the rows that break it.
public struct InvariantViolation: Sendable, Equatable, Codable {
    /// The invariant broken.
    public let invariant: LedgerInvariant
    /// How many rows break it.
    public let count: Int
    /// The first few, described.
    public let examples: [String]
}

/// The result of checking every invariant over the whole database.
public struct LedgerVerification: Sendable, Equatable, Codable {
    /// The invariants checked, in order.
    public let checked: [LedgerInvariant]
    /// The ones broken; empty when the ledger is sound.
    public let violations: [InvariantViolation]
    /// How many accounts and transactions were checked.
    public let accounts: Int
    /// How many transactions were checked.
    public let transactions: Int

    /// Whether every invariant holds.
    public var isSound: Bool { violations.isEmpty }
}
