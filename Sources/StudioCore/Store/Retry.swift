import Foundation
import GRDB

/// Bounded retries around SQLite's busy timeout, so concurrent processes wait their turn
/// instead of reporting "database is locked".
enum Retry {
    /// How long SQLite itself waits for a lock before returning `SQLITE_BUSY`, in seconds.
    static let busyTimeout: TimeInterval = 5

    /// Runs `body` again, after a short random pause, while it fails with `SQLITE_BUSY` or `SQLITE_LOCKED`
    /// (or with any error, when `retryingAny`), at most `attempts` times in all.
    ///
    /// `body` must leave nothing behind when it fails: each call is one whole transaction.
    /// - Throws: ``StoreError/busy`` when the database stayed locked; else the last error.
    static func whileBusy<T>(attempts: Int = 6, retryingAny: Bool = false, _ body: () throws -> T) throws -> T {
        var attempt = 1
        while true {
            do {
                return try body()
            } catch let error as DatabaseError where error.isBusy {
                guard attempt < attempts else { throw StoreError.busy }
            } catch let error as StoreError {
                throw error
            } catch {
                guard retryingAny, attempt < attempts else { throw error }
            }
            usleep(UInt32.random(in: 1_000...20_000) * UInt32(attempt))
            attempt += 1
        }
    }
}

extension DatabaseError {
    /// Whether another connection held the lock this one needed.
    var isBusy: Bool {
        resultCode.primaryResultCode == .SQLITE_BUSY || resultCode.primaryResultCode == .SQLITE_LOCKED
    }
}
