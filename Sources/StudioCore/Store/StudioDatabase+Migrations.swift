extension StudioDatabase {
    /// The schema, one migration per change.
    ///
    /// Never edit a migration once it has shipped: add a new one.
    ///
    /// Credits are integers in SQLite's 64-bit range. CHECK constraints, triggers and foreign keys make SQLite
    /// refuse rows the ledger should never hold (a negative balance, a charge that adds credits, a refund
    /// without a task, a balance that overflowed into a floating-point value).
    ///
    /// Idempotency keys belong to an account (`scope`, its normalised email); keys stored before that have the
    /// empty scope and still answer for every account, as they did when written.
    static let schema = SchemaMigrator(migrations: [
        SchemaMigration(
            identifier: "create-accounts",
            sql: """
                CREATE TABLE account (
                    id INTEGER PRIMARY KEY,
                    email TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (email LIKE '_%@_%'),
                    name TEXT,
                    plan TEXT,
                    balance INTEGER NOT NULL DEFAULT 0 CHECK (balance >= 0),
                    created_at DATETIME NOT NULL
                )
                """
        ),

        SchemaMigration(
            identifier: "create-generation-tasks",
            sql: """
                CREATE TABLE generation_task (
                    id INTEGER PRIMARY KEY,
                    account_id INTEGER NOT NULL REFERENCES account(id),
                    tool TEXT NOT NULL CHECK (tool IN ('image', 'video')),
                    quality TEXT CHECK (quality IN ('standard', 'hd', 'ultra')),
                    image_count INTEGER CHECK (image_count > 0),
                    duration INTEGER CHECK (duration IN (5, 10)),
                    sku TEXT NOT NULL CHECK (sku <> ''),
                    use_case TEXT NOT NULL CHECK (use_case <> ''),
                    note TEXT,
                    cost INTEGER NOT NULL CHECK (cost > 0),
                    status TEXT NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'completed', 'failed')),
                    failure_reason TEXT,
                    refund_eligible BOOLEAN NOT NULL DEFAULT 0 CHECK (refund_eligible IN (0, 1)),
                    created_at DATETIME NOT NULL,
                    finished_at DATETIME,
                    CHECK ((tool = 'image' AND quality IS NOT NULL AND image_count IS NOT NULL AND duration IS NULL)
                        OR (tool = 'video' AND duration IS NOT NULL AND quality IS NULL AND image_count IS NULL)),
                    CHECK ((status = 'running') = (finished_at IS NULL)),
                    CHECK ((status = 'failed') = (failure_reason IS NOT NULL)),
                    CHECK (refund_eligible = 0 OR status = 'failed')
                );
                CREATE INDEX generation_task_by_account ON generation_task(account_id, created_at);
                CREATE TABLE generation_output (
                    id INTEGER PRIMARY KEY,
                    task_id INTEGER NOT NULL REFERENCES generation_task(id),
                    position INTEGER NOT NULL CHECK (position >= 1),
                    path TEXT NOT NULL CHECK (path <> ''),
                    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
                    bytes INTEGER NOT NULL CHECK (bytes >= 0),
                    UNIQUE (task_id, position)
                );
                CREATE INDEX generation_output_by_sha256 ON generation_output(sha256);
                """
        ),

        SchemaMigration(
            identifier: "create-credit-transactions",
            sql: """
                CREATE TABLE credit_transaction (
                    id INTEGER PRIMARY KEY,
                    account_id INTEGER NOT NULL REFERENCES account(id),
                    kind TEXT NOT NULL CHECK (kind IN ('grant', 'purchase', 'charge', 'refund', 'adjustment')),
                    amount INTEGER NOT NULL CHECK (amount <> 0),
                    balance_after INTEGER NOT NULL CHECK (balance_after >= 0),
                    task_id INTEGER REFERENCES generation_task(id),
                    pack_id TEXT,
                    reference TEXT,
                    note TEXT,
                    created_at DATETIME NOT NULL,
                    CHECK (CASE kind WHEN 'charge' THEN amount < 0 WHEN 'adjustment' THEN 1 ELSE amount > 0 END),
                    CHECK ((kind IN ('charge', 'refund')) = (task_id IS NOT NULL)),
                    CHECK ((kind = 'purchase') = (pack_id IS NOT NULL AND reference IS NOT NULL))
                );
                CREATE INDEX credit_transaction_by_account ON credit_transaction(account_id, created_at);
                CREATE UNIQUE INDEX one_welcome_grant_per_account ON credit_transaction(account_id) WHERE kind = 'grant';
                CREATE UNIQUE INDEX one_charge_per_task ON credit_transaction(task_id) WHERE kind = 'charge';
                CREATE UNIQUE INDEX one_refund_per_task ON credit_transaction(task_id) WHERE kind = 'refund';
                """
        ),

        SchemaMigration(
            identifier: "create-idempotency-keys",
            sql: """
                CREATE TABLE idempotency_key (
                    key TEXT PRIMARY KEY CHECK (key <> ''),
                    fingerprint TEXT NOT NULL CHECK (length(fingerprint) = 64),
                    result TEXT NOT NULL,
                    created_at DATETIME NOT NULL
                )
                """
        ),

        SchemaMigration(
            identifier: "credits-are-integers",
            sql: """
                CREATE TRIGGER account_balance_is_an_integer BEFORE INSERT ON account
                WHEN typeof(NEW.balance) <> 'integer'
                BEGIN SELECT RAISE(ABORT, 'account.balance must be an integer'); END;
                CREATE TRIGGER account_balance_stays_an_integer BEFORE UPDATE OF balance ON account
                WHEN typeof(NEW.balance) <> 'integer'
                BEGIN SELECT RAISE(ABORT, 'account.balance must be an integer'); END;
                CREATE TRIGGER credit_transaction_is_in_integers BEFORE INSERT ON credit_transaction
                WHEN typeof(NEW.amount) <> 'integer' OR typeof(NEW.balance_after) <> 'integer'
                BEGIN SELECT RAISE(ABORT, 'credit_transaction amounts must be integers'); END;
                CREATE TRIGGER credit_transaction_stays_in_integers BEFORE UPDATE OF amount, balance_after ON credit_transaction
                WHEN typeof(NEW.amount) <> 'integer' OR typeof(NEW.balance_after) <> 'integer'
                BEGIN SELECT RAISE(ABORT, 'credit_transaction amounts must be integers'); END;
                CREATE TRIGGER generation_task_cost_is_an_integer BEFORE INSERT ON generation_task
                WHEN typeof(NEW.cost) <> 'integer'
                BEGIN SELECT RAISE(ABORT, 'generation_task.cost must be an integer'); END;
                """
        ),

        SchemaMigration(
            identifier: "idempotency-keys-per-account",
            sql: """
                CREATE TABLE idempotency_key_per_account (
                    scope TEXT NOT NULL,
                    key TEXT NOT NULL CHECK (key <> ''),
                    fingerprint TEXT NOT NULL CHECK (length(fingerprint) = 64),
                    result TEXT NOT NULL,
                    created_at DATETIME NOT NULL,
                    PRIMARY KEY (scope, key)
                );
                INSERT INTO idempotency_key_per_account (scope, key, fingerprint, result, created_at)
                    SELECT '', key, fingerprint, result, created_at FROM idempotency_key;
                DROP TABLE idempotency_key;
                ALTER TABLE idempotency_key_per_account RENAME TO idempotency_key;
                """
        ),
    ])
}
