import Foundation
import GRDB

/// The SQLite database that holds accounts, credit transactions and generation history.
///
/// Open one with ``open(at:clock:)`` (a file, created with its folder on first use) or
/// ``inMemory(clock:)``, then hand it to ``CreditLedger`` and ``GenerationHistory``.
/// Every connection runs in WAL mode with `synchronous=FULL`, foreign keys on and a busy
/// timeout; every write is one `BEGIN IMMEDIATE` transaction, retried a bounded number of
/// times while another process holds the write lock.
///
/// ```swift
/// let database = try StudioDatabase.open(at: "/tmp/studio.sqlite")
/// let ledger = CreditLedger(database: database)
/// ```
public final class StudioDatabase: Sendable {
    /// The connection every read and write goes through.
    let queue: DatabaseQueue
    /// The clock that dates new rows.
    public let clock: LedgerClock

    private init(queue: DatabaseQueue, clock: LedgerClock) {
        self.queue = queue
        self.clock = clock
    }

    /// Opens the database at `path`, creating it and its folder when missing, and brings its schema up to date.
    ///
    /// A file that is not SQLite, or that a newer version of the tool wrote, is refused before anything is written.
    /// - Throws: ``StoreError`` for those refusals; GRDB's `DatabaseError` for other SQLite failures.
    public static func open(at path: String, clock: LedgerClock = .system) throws -> StudioDatabase {
        let url = URL(fileURLWithPath: path)
        try DatabaseFile.checkIsSQLite(url)
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(),
                withIntermediateDirectories: true
            )
        } catch {
            throw StoreError.cannotCreateFolder(path: url.deletingLastPathComponent().path)
        }
        let queue = try Retry.whileBusy { try DatabaseQueue(path: path, configuration: configuration) }
        let database = StudioDatabase(queue: queue, clock: clock)
        try database.migrate()
        return database
    }

    /// Opens a private in-memory database with the current schema, for tests and previews.
    public static func inMemory(clock: LedgerClock = .system) throws -> StudioDatabase {
        let database = StudioDatabase(queue: try DatabaseQueue(configuration: configuration), clock: clock)
        try database.migrate()
        return database
    }

    /// How every connection is set up. GRDB's own WAL setup would lower `synchronous` to NORMAL,
    /// so WAL and FULL are both set here instead.
    private static var configuration: Configuration {
        var configuration = Configuration()
        configuration.busyMode = .timeout(Retry.busyTimeout)
        configuration.foreignKeysEnabled = true
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA journal_mode = WAL")
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        return configuration
    }

    /// Refuses a database from a newer schema, then applies the migrations this version knows.
    private func migrate() throws {
        let migrator = Self.migrator
        let superseded = try Retry.whileBusy { try queue.read { try migrator.hasBeenSuperseded($0) } }
        guard !superseded else { throw StoreError.newerSchema(path: queue.path) }
        // Two processes can race to migrate a new file; the loser's migration fails and is retried.
        try Retry.whileBusy(attempts: 5, retryingAny: true) { try migrator.migrate(queue) }
    }
}
