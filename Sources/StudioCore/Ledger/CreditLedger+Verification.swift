import GRDB

extension CreditLedger {
    /// Recomputes every balance from the transactions and checks every ``LedgerInvariant``.
    ///
    /// This reads the whole database in one snapshot; it is the slow, thorough counterpart of the
    /// running balances the ledger keeps.
    public func verify() throws -> LedgerVerification {
        try database.read { db in
            let violations = try LedgerInvariant.allCases.compactMap { invariant -> InvariantViolation? in
                let rows = try Row.fetchAll(db, sql: Self.query(for: invariant))
                guard !rows.isEmpty else { return nil }
                let examples = rows.prefix(Self.examplesShown).map { $0["problem"] as String }
                return InvariantViolation(invariant: invariant, count: rows.count, examples: Array(examples))
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

    /// One query per invariant; each returns a `problem` column describing every row that breaks it.
    private static func query(for invariant: LedgerInvariant) -> String {
        switch invariant {
        case .balanceMatchesTransactions:
            """
            SELECT 'account ' || a.email || ' has balance ' || a.balance || ' but its transactions sum to '
                   || coalesce(sum(t.amount), 0) AS problem
            FROM account a LEFT JOIN credit_transaction t ON t.account_id = a.id
            GROUP BY a.id HAVING a.balance <> coalesce(sum(t.amount), 0)
            """
        case .runningBalance:
            """
            SELECT 'transaction ' || id || ' records balance ' || balance_after || ' but the running sum is ' || running
                   AS problem
            FROM (SELECT id, balance_after,
                         sum(amount) OVER (PARTITION BY account_id ORDER BY id) AS running
                  FROM credit_transaction)
            WHERE running <> balance_after
            """
        case .neverNegative:
            """
            SELECT 'transaction ' || id || ' left the balance at ' || min(running, balance_after) AS problem
            FROM (SELECT id, balance_after,
                         sum(amount) OVER (PARTITION BY account_id ORDER BY id) AS running
                  FROM credit_transaction)
            WHERE running < 0 OR balance_after < 0
            UNION ALL
            SELECT 'account ' || email || ' has balance ' || balance FROM account WHERE balance < 0
            """
        case .chargeMatchesTask:
            """
            SELECT 'task ' || g.id || ' costs ' || g.cost || ' but was charged '
                   || coalesce(-sum(t.amount), 0) || ' in ' || count(t.id) || ' charges' AS problem
            FROM generation_task g
            LEFT JOIN credit_transaction t ON t.task_id = g.id AND t.kind = 'charge'
            GROUP BY g.id
            HAVING count(t.id) <> 1 OR coalesce(-sum(t.amount), 0) <> g.cost
                OR max(t.account_id) <> g.account_id
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
        }
    }
}
