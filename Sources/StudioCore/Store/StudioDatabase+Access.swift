import Foundation
import GRDB

extension StudioDatabase {
    /// Runs `body` in one `BEGIN IMMEDIATE` transaction, retried while other processes hold the write lock.
    /// - Throws: ``StoreError/readOnly(path:)``, ``StoreError/damaged(path:problems:)`` before anything is written.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        guard !isReadOnly else { throw StoreError.readOnly(path: path) }
        try checkBeforeWriting()
        return try Retry.whileBusy {
            try queue.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try body(db)
                    return .commit
                }
                return result!
            }
        }
    }

    /// Runs a change once per idempotency key of its account, in one immediate transaction.
    ///
    /// Without a key, `body` just runs. With a key the account used before, the stored result of the first run
    /// is returned and nothing changes, provided `request` matches the first one; with a key not seen before,
    /// `body` runs and its result is stored with the key in the same transaction. Keys stored before keys
    /// belonged to an account (empty scope) still answer for every account.
    /// - Throws: ``AccountError/emptyField(_:)`` for an empty key, ``AccountError/idempotencyKeyReused(_:)`` when
    ///   the key was used for a different request.
    func write<T: Codable>(key: String?, request: LedgerRequest, _ body: (Database) throws -> T) throws -> T {
        guard let key else { return try write(body) }
        guard !key.isBlank else { throw AccountError.emptyField("idempotency key") }
        let fingerprint = request.fingerprint
        return try write { db in
            let stored = try Row.fetchOne(
                db,
                sql: "SELECT fingerprint, result FROM idempotency_key WHERE key = ? AND scope IN (?, '') ORDER BY scope DESC",
                arguments: [key, request.scope.text]
            )
            if let stored {
                guard try stored.value("fingerprint", in: "idempotency_key") as String == fingerprint else {
                    throw AccountError.idempotencyKeyReused(key)
                }
                return try JSONDecoder().decode(T.self, from: Data((try stored.value("result", in: "idempotency_key") as String).utf8))
            }
            let result = try body(db)
            let encoded = String(decoding: try JSONEncoder().encode(result), as: UTF8.self)
            try db.execute(
                sql: "INSERT INTO idempotency_key (scope, key, fingerprint, result, created_at) VALUES (?, ?, ?, ?, ?)",
                arguments: [request.scope.text, key, fingerprint, encoded, clock.now()]
            )
            return result
        }
    }

    /// Runs `body` in a read-only transaction, retried while the database is being recovered.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try Retry.whileBusy { try queue.read(body) }
    }
}

/// A change to the ledger as an idempotency key sees it: the account whose key it is, the operation and every
/// parameter that shapes it.
struct LedgerRequest {
    /// The operation, such as `history.start`.
    let operation: String
    /// The account the change is made for; its keys are its own.
    let scope: EmailAddress
    /// The parameters in a fixed order.
    let parameters: [(name: String, value: String?)]

    /// The SHA-256 of the operation and its parameters; two requests are the same when their fingerprints are.
    var fingerprint: String {
        let lines = [operation] + parameters.map { "\($0.name)=\($0.value.map { "\"\($0)\"" } ?? "nil")" }
        return SHA256.hex(of: Array(lines.joined(separator: "\n").utf8))
    }
}
