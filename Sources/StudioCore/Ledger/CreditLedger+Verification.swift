import GRDB

extension CreditLedger {
    /// Runs SQLite's integrity check, recomputes every balance from the transactions, and checks every
    /// ``LedgerInvariant``, including that tasks were priced by ``schedule`` and purchases match ``catalog``.
    ///
    /// This reads the whole database in one snapshot; it is the slow, thorough counterpart of the running
    /// balances the ledger keeps. Balances are checked transaction by transaction (each one's balance is the
    /// previous one's plus its amount), never by summing, so even a corrupt amount near `Int.max` is reported
    /// rather than overflowing.
    public func verify() throws -> LedgerVerification {
        try database.read { db in
            let violations = try LedgerInvariant.allCases.compactMap { invariant -> InvariantViolation? in
                let problems = try self.problems(breaking: invariant, in: db)
                guard !problems.isEmpty else { return nil }
                return InvariantViolation(invariant: invariant, count: problems.count, examples: Array(problems.prefix(Self.examplesShown)))
            }
            return LedgerVerification(
                checked: LedgerInvariant.allCases,
                violations: violations,
                accounts: try Int.fetchOne(db, sql: "SELECT count(*) FROM account") ?? 0,
                transactions: try Int.fetchOne(db, sql: "SELECT count(*) FROM credit_transaction") ?? 0
            )
        }
    }

    private static let examplesShown = 5

    /// Each row that breaks `invariant`, described in one line.
    private func problems(breaking invariant: LedgerInvariant, in db: Database) throws -> [String] {
        let (sql, arguments) = query(for: invariant)
        let rows = try String.fetchAll(db, sql: sql, arguments: arguments)
        return invariant == .databaseIntact && rows == ["ok"] ? [] : rows
    }

    /// One query per invariant; each returns one text column describing every row that breaks it
    /// (SQLite's integrity check returns `ok` when it finds nothing).
    private func query(for invariant: LedgerInvariant) -> (String, StatementArguments) {
        switch invariant {
        case .databaseIntact: ("PRAGMA integrity_check(100)", [])
        case .priceMatchesSchedule: (priceQuery, [])
        case .purchaseMatchesCatalog: purchaseQuery
        default: (Self.query(for: invariant), [])
        }
    }

    /// The purchases that added other credits than their plan or pack, or bought something the catalog lacks.
    private var purchaseQuery: (String, StatementArguments) {
        let packs = catalog.packs.map { _ in "(?, ?)" }.joined(separator: ", ")
        var arguments = StatementArguments()
        for pack in catalog.packs { arguments += [pack.id, pack.credits] }
        let sql = """
            WITH pack(id, credits) AS (VALUES \(packs))
            SELECT 'purchase ' || t.id || CASE
                       WHEN p.id IS NULL THEN ' is of ' || quote(t.pack_id) || ', which the catalog does not sell'
                       ELSE ' added ' || t.amount || ' credits, but ' || p.id || ' adds ' || p.credits END
            FROM credit_transaction t LEFT JOIN pack p ON p.id = t.pack_id
            WHERE t.kind = 'purchase' AND (p.id IS NULL OR t.amount IS NOT p.credits)
            """
        return (sql, arguments)
    }

    /// The tasks whose cost is not the schedule's price for what they generated.
    private var priceQuery: String {
        let image = ImageQuality.allCases.map { "WHEN '\($0.rawValue)' THEN \(schedule.imageCredits[$0, default: 0])" }
        let video = VideoDuration.allCases.map { "WHEN \($0.rawValue) THEN \(schedule.videoCredits[$0, default: 0])" }
        return """
            SELECT 'task ' || id || ' cost ' || cost || ', but the price schedule says ' || coalesce(price, 'no price')
            FROM (SELECT id, cost,
                         CASE tool WHEN 'image' THEN image_count * CASE quality \(image.joined(separator: " ")) END
                                   WHEN 'video' THEN CASE duration \(video.joined(separator: " ")) END END AS price
                  FROM generation_task)
            WHERE price IS NULL OR cost IS NOT price
            """
    }

    /// The query of an invariant that needs neither the schedule nor the catalog.
    private static func query(for invariant: LedgerInvariant) -> String {
        switch invariant {
        case .creditsAreIntegers:
            """
            SELECT 'account ' || email || ' has balance ' || quote(balance) || ', which is not an integer'
            FROM account WHERE typeof(balance) <> 'integer'
            UNION ALL
            SELECT 'transaction ' || id || ' has amount ' || quote(amount) || ' and balance ' || quote(balance_after)
                   || ', not both integers'
            FROM credit_transaction WHERE typeof(amount) <> 'integer' OR typeof(balance_after) <> 'integer'
            UNION ALL
            SELECT 'task ' || id || ' has cost ' || quote(cost) || ', which is not an integer'
            FROM generation_task WHERE typeof(cost) <> 'integer'
            """
        case .balanceMatchesTransactions:
            """
            SELECT 'account ' || a.email || ' has balance ' || a.balance || ' but its last transaction left '
                   || coalesce(last.balance_after, 0)
            FROM account a
            LEFT JOIN credit_transaction last
                   ON last.id = (SELECT max(t.id) FROM credit_transaction t WHERE t.account_id = a.id)
            WHERE a.balance IS NOT coalesce(last.balance_after, 0)
            """
        case .runningBalance:
            """
            SELECT 'transaction ' || id || ' records balance ' || balance_after || ' but the balance before it, '
                   || previous || ', plus its amount, ' || amount || ', is ' || (previous + amount)
            FROM (SELECT id, amount, balance_after,
                         coalesce(lag(balance_after) OVER (PARTITION BY account_id ORDER BY id), 0) AS previous
                  FROM credit_transaction)
            WHERE balance_after IS NOT previous + amount
            """
        case .neverNegative:
            """
            SELECT 'transaction ' || id || ' left the balance at ' || min(balance_after, previous + amount)
            FROM (SELECT id, amount, balance_after,
                         coalesce(lag(balance_after) OVER (PARTITION BY account_id ORDER BY id), 0) AS previous
                  FROM credit_transaction)
            WHERE balance_after < 0 OR previous + amount < 0
            UNION ALL
            SELECT 'account ' || email || ' has balance ' || balance FROM account WHERE balance < 0
            """
        case .chargeMatchesTask:
            """
            SELECT 'task ' || g.id || ' costs ' || g.cost || ' but was charged '
                   || coalesce(group_concat(-t.amount, ' + '), 'nothing') AS problem
            FROM generation_task g
            LEFT JOIN credit_transaction t ON t.task_id = g.id AND t.kind = 'charge'
            GROUP BY g.id
            HAVING count(t.id) <> 1 OR max(-t.amount) IS NOT g.cost OR max(t.account_id) IS NOT g.account_id
            """
        case .refundMatchesCharge:
            """
            SELECT 'refund ' || r.id || CASE
                       WHEN g.id IS NULL THEN ' has no task'
                       WHEN g.status <> 'failed' THEN ' is for task ' || g.id || ', which ' || g.status
                       WHEN NOT g.refund_eligible THEN ' is for task ' || g.id || ', whose failure is not eligible'
                       WHEN g.account_id <> r.account_id THEN ' is for task ' || g.id || ' of another account'
                       WHEN (SELECT count(*) FROM credit_transaction c
                             WHERE c.task_id = r.task_id AND c.kind = 'charge' AND c.amount = -r.amount) <> 1
                           THEN ' of ' || r.amount || ' matches no single charge of task ' || g.id
                       ELSE ' duplicates another refund of task ' || g.id
                   END AS problem
            FROM credit_transaction r LEFT JOIN generation_task g ON g.id = r.task_id
            WHERE r.kind = 'refund' AND (
                g.id IS NULL OR g.status <> 'failed' OR NOT g.refund_eligible OR g.account_id <> r.account_id
                OR (SELECT count(*) FROM credit_transaction c
                    WHERE c.task_id = r.task_id AND c.kind = 'charge' AND c.amount = -r.amount) <> 1
                OR (SELECT count(*) FROM credit_transaction d WHERE d.task_id = r.task_id AND d.kind = 'refund') > 1)
            """
        case .eligibleFailureRefunded:
            """
            SELECT 'task ' || g.id || ' failed eligibly but has no refund' AS problem
            FROM generation_task g
            WHERE g.status = 'failed' AND g.refund_eligible
              AND NOT EXISTS (SELECT 1 FROM credit_transaction t WHERE t.task_id = g.id AND t.kind = 'refund')
            """
        case .noOrphans:
            """
            SELECT 'transaction ' || t.id || ' belongs to missing account ' || t.account_id AS problem
            FROM credit_transaction t WHERE NOT EXISTS (SELECT 1 FROM account a WHERE a.id = t.account_id)
            UNION ALL
            SELECT 'transaction ' || t.id || ' refers to missing task ' || t.task_id
            FROM credit_transaction t
            WHERE t.task_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM generation_task g WHERE g.id = t.task_id)
            UNION ALL
            SELECT 'task ' || g.id || ' belongs to missing account ' || g.account_id
            FROM generation_task g WHERE NOT EXISTS (SELECT 1 FROM account a WHERE a.id = g.account_id)
            UNION ALL
            SELECT 'output ' || o.id || ' belongs to missing task ' || o.task_id
            FROM generation_output o WHERE NOT EXISTS (SELECT 1 FROM generation_task g WHERE g.id = o.task_id)
            """
        case .databaseIntact, .priceMatchesSchedule, .purchaseMatchesCatalog:
            preconditionFailure("\(invariant) has its query in query(for:)")
        }
    }
}
