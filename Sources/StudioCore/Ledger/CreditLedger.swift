import Foundation
import GRDB

/// The credit accounts: opening one with its welcome balance, purchases, adjustments, balances and transactions.
///
/// Every change is one immediate transaction that writes a transaction row carrying the new balance and
/// updates the running balance on the account row, so ``balance(of:)`` is a single-row read however long
/// the history grows. Every change accepts an idempotency key (see ``StudioDatabase``).
/// Generation charges and refunds go through ``GenerationHistory``.
///
/// ```swift
/// let ledger = CreditLedger(database: try .inMemory())
/// try ledger.open(email: "ana@example.com")       // 50 welcome credits
/// try ledger.buy("pack-300", reference: "PAY-1", for: "ana@example.com")
/// try ledger.balance(of: "ana@example.com")       // 350
/// ```
public struct CreditLedger: Sendable {
    /// The database the ledger lives in.
    public let database: StudioDatabase
    /// The prices charged and the welcome balance granted.
    public let schedule: PriceSchedule
    /// The plans and packs that can be bought.
    public let catalog: PackCatalog

    /// Creates a ledger over `database`.
    public init(database: StudioDatabase, schedule: PriceSchedule = .current, catalog: PackCatalog = .bundled) {
        self.database = database
        self.schedule = schedule
        self.catalog = catalog
    }

    /// Opens an account and grants the welcome balance, exactly once per email (compared normalised, see
    /// ``EmailAddress``).
    /// - Throws: ``AccountError/invalidEmail(_:)``, ``AccountError/accountExists(_:)``.
    @discardableResult
    public func open(email: String, name: String? = nil, idempotencyKey: String? = nil) throws -> AccountOpening {
        let address = try EmailAddress(email)
        let request = LedgerRequest(operation: "credits.open", scope: address, parameters: [("email", address.text), ("name", name)])
        return try database.write(key: idempotencyKey, request: request) { db in
            guard try Row.fetchOne(db, sql: "SELECT 1 FROM account WHERE email = ?", arguments: [address.text]) == nil else {
                throw AccountError.accountExists(address.text)
            }
            let now = database.clock.now()
            try db.execute(
                sql: "INSERT INTO account (email, name, created_at) VALUES (?, ?, ?)",
                arguments: [address.text, name, now]
            )
            let account = try Account.find(db, email: address.text)
            var balance = 0
            if schedule.welcomeBalance > 0 {
                balance = try Self.post(
                    db,
                    account: account,
                    entry: LedgerEntry(kind: .grant, amount: schedule.welcomeBalance),
                    at: now
                ).balance
            }
            return AccountOpening(account: address.text, name: name, granted: schedule.welcomeBalance, balance: balance)
        }
    }

    /// The account with this email.
    /// - Throws: ``AccountError/unknownAccount(_:)``.
    public func account(_ email: String) throws -> Account {
        try database.read { try Account.find($0, email: email) }
    }

    /// The account's balance, read from its running balance (one row, whatever the history's length).
    /// - Throws: ``AccountError/unknownAccount(_:)``.
    public func balance(of email: String) throws -> Int {
        try database.read { db in
            let statement = try db.cachedStatement(sql: "SELECT id, balance FROM account WHERE email = ?")
            guard let row = try Row.fetchOne(statement, arguments: [try EmailAddress(email).text]) else {
                throw AccountError.unknownAccount(email)
            }
            return try row.value("balance", in: "account")
        }
    }

    /// Changes the account's display name.
    /// - Throws: ``AccountError/unknownAccount(_:)``.
    @discardableResult
    public func rename(_ email: String, to name: String) throws -> Account {
        try database.write { db in
            let account = try Account.find(db, email: email)
            try db.execute(sql: "UPDATE account SET name = ? WHERE id = ?", arguments: [name, account.id])
            return try Account.find(db, email: email)
        }
    }

    /// The account's transactions, oldest first, each with the balance it left.
    /// - Throws: ``AccountError/unknownAccount(_:)``; ``StoreError/unreadableRow(table:id:column:value:)``.
    public func transactions(
        of email: String,
        matching filter: TransactionFilter = TransactionFilter()
    ) throws
        -> [CreditTransaction]
    {
        try Array { try forEachTransaction(of: email, matching: filter, $0) }
    }

    /// Hands the account's transactions to `body` one at a time, oldest first, as they are read: one query and
    /// one transaction in memory, however many.
    /// - Throws: ``AccountError/unknownAccount(_:)``; ``StoreError/unreadableRow(table:id:column:value:)``;
    ///   what `body` throws.
    public func forEachTransaction(
        of email: String,
        matching filter: TransactionFilter = TransactionFilter(),
        _ body: (CreditTransaction) throws -> Void
    ) throws {
        try database.read { db in
            let account = try Account.find(db, email: email)
            var conditions = SQLConditions()
            conditions.add("account_id = ?", [account.id])
            conditions.add(filter.dates, column: "created_at")
            if !filter.kinds.isEmpty {
                let kinds = filter.kinds.map(\.rawValue).sorted()
                conditions.add("kind IN (\(databaseQuestionMarks(count: kinds.count)))", kinds)
            }
            let limit = filter.limit.map { " LIMIT \($0)" } ?? ""
            let transactions = try CreditTransaction.cursor(db, conditions.sql + " ORDER BY id" + limit, arguments: conditions.arguments)
            while let transaction = try transactions.next() { try body(transaction) }
        }
    }

    /// Adds a plan's or pack's credits and records the payment reference; a plan also becomes the current plan.
    /// - Throws: ``AccountError/unknownPack(_:)``, ``AccountError/emptyField(_:)``, ``AccountError/unknownAccount(_:)``,
    ///   ``AccountError/balanceLimit(balance:amount:)``.
    @discardableResult
    public func buy(
        _ packID: String,
        reference: String,
        for email: String,
        idempotencyKey: String? = nil
    ) throws
        -> Purchase
    {
        let pack = try catalog.pack(packID)
        guard !reference.isBlank else { throw AccountError.emptyField("payment reference") }
        let address = try EmailAddress(email)
        let request = LedgerRequest(
            operation: "credits.buy",
            scope: address,
            parameters: [("account", address.text), ("pack", packID), ("reference", reference)]
        )
        return try database.write(key: idempotencyKey, request: request) { db in
            let account = try Account.find(db, email: email)
            let entry = LedgerEntry(kind: .purchase, amount: pack.credits, pack: pack.id, reference: reference)
            let posted = try Self.post(db, account: account, entry: entry, at: database.clock.now())
            if pack.kind == .plan {
                try db.execute(sql: "UPDATE account SET plan = ? WHERE id = ?", arguments: [pack.id, account.id])
            }
            return Purchase(
                account: account.email,
                pack: pack.id,
                credits: pack.credits,
                reference: reference,
                transaction: posted.transaction,
                balance: posted.balance
            )
        }
    }

    /// Corrects a balance by hand, in or out, with a reason; it can never take the balance below zero.
    /// - Throws: ``AccountError/invalidAdjustment(amount:balance:)``, ``AccountError/balanceLimit(balance:amount:)``,
    ///   ``AccountError/emptyField(_:)``, ``AccountError/unknownAccount(_:)``.
    @discardableResult
    public func adjust(
        _ email: String,
        by amount: Int,
        reason: String,
        idempotencyKey: String? = nil
    ) throws
        -> Adjustment
    {
        guard !reason.isBlank else { throw AccountError.emptyField("reason") }
        let address = try EmailAddress(email)
        let request = LedgerRequest(
            operation: "credits.adjust",
            scope: address,
            parameters: [("account", address.text), ("amount", "\(amount)"), ("reason", reason)]
        )
        return try database.write(key: idempotencyKey, request: request) { db in
            let account = try Account.find(db, email: email)
            let (balance, overflow) = account.balance.addingReportingOverflow(amount)
            guard !overflow else { throw AccountError.balanceLimit(balance: account.balance, amount: amount) }
            guard amount != 0, balance >= 0 else {
                throw AccountError.invalidAdjustment(amount: amount, balance: account.balance)
            }
            let posted = try Self.post(
                db,
                account: account,
                entry: LedgerEntry(kind: .adjustment, amount: amount, note: reason),
                at: database.clock.now()
            )
            return Adjustment(account: account.email, amount: amount, transaction: posted.transaction, balance: posted.balance)
        }
    }
}
