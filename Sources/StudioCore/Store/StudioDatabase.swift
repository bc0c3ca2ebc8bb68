import Foundation
import GRDB
import Synchronization

/// The SQLite database that holds accounts, credit transactions and generation history.
///
/// Open one with ``open(at:clock:)`` (a file, created with its folder on first use) or
/// ``inMemory(clock:)``, then hand it to ``CreditLedger`` and ``GenerationHistory``.
/// Every connection runs in WAL mode with `synchronous=FULL`, foreign keys on and a busy
/// timeout; every write is one `BEGIN IMMEDIATE` transaction, retried a bounded number of
/// times while another process holds the write lock. A file this process cannot write is opened
/// read-only, without leaving SQLite's `-wal` or `-shm` files behind.
///
/// ```swift
/// let database = try StudioDatabase.open(at: "/tmp/studio.sqlite")
/// let ledger = CreditLedger(database: database)
/// ```
public final class StudioDatabase: Sendable {
    /// The connection every read and write goes through.
    let queue: DatabaseQueue
    /// The clock that dates new rows.
    public let clock: StudioClock
    /// The path as given, for messages.
    let path: String
    /// Whether this process may only read the file.
    public let isReadOnly: Bool
    /// Whether SQLite's quick check has passed on this connection; it runs before the first write.
    private let checked = Mutex(false)

    private init(queue: DatabaseQueue, clock: StudioClock, path: String, isReadOnly: Bool) {
        self.queue = queue
        self.clock = clock
        self.path = path
        self.isReadOnly = isReadOnly
    }

    /// Opens the database at `path`, creating it and its folder when missing, and brings its schema up to date.
    ///
    /// Anything but an empty file or a ProductStudio database of this version or older is refused before
    /// anything is written to it. A file this process cannot write is opened read-only, as it is.
    /// - Throws: ``StoreError`` for those refusals; GRDB's `DatabaseError` for other SQLite failures.
    public static func open(at path: String, clock: StudioClock = .system) throws -> StudioDatabase {
        let access = try DatabaseFile.examine(path)
        if access == .create {
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                throw StoreError.cannotCreateFolder(path: folder.path)
            }
        }
        let isReadOnly = access != .create && access != .readWrite
        let queue = try Retry.whileBusy {
            try DatabaseQueue(
                path: DatabaseURI.make(path: path, access: access),
                configuration: configuration(path: path, isReadOnly: isReadOnly)
            )
        }
        let database = StudioDatabase(queue: queue, clock: clock, path: path, isReadOnly: isReadOnly)
        if !isReadOnly { try database.migrate() }
        return database
    }

    /// Opens a private in-memory database with the current schema, for tests and previews.
    public static func inMemory(clock: StudioClock = .system) throws -> StudioDatabase {
        let queue = try DatabaseQueue(configuration: configuration(path: ":memory:", isReadOnly: false))
        let database = StudioDatabase(queue: queue, clock: clock, path: ":memory:", isReadOnly: false)
        try database.migrate()
        return database
    }

    /// How every connection is set up: the file is identified before anything else (a file that is not ours
    /// is refused before WAL mode would change it), then WAL and `synchronous=FULL` are set (GRDB's own WAL
    /// setup would lower `synchronous` to NORMAL).
    private static func configuration(path: String, isReadOnly: Bool) -> Configuration {
        var configuration = Configuration()
        configuration.readonly = isReadOnly
        configuration.busyMode = .timeout(Retry.busyTimeout)
        configuration.foreignKeysEnabled = true
        configuration.prepareDatabase { db in
            _ = try DatabaseIdentity.check(db, path: path, knownVersion: schema.version)
            guard !isReadOnly else { return }
            try db.execute(sql: "PRAGMA journal_mode = WAL")
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        return configuration
    }

    /// Applies the migrations this version knows, unless the schema is already current.
    private func migrate() throws {
        guard try !read(Self.schema.isCurrent) else { return }
        try write { db in try Self.schema.migrate(db, path: path) }
    }

    /// Runs SQLite's quick check once, before the first write through this connection.
    /// - Throws: ``StoreError/damaged(path:problems:)`` when it finds damage.
    func checkBeforeWriting() throws {
        guard !checked.withLock({ $0 }) else { return }
        let problems: [String]
        do {
            problems = try read { db in try String.fetchAll(db, sql: "PRAGMA quick_check") }
        } catch let error as DatabaseError where error.resultCode.primaryResultCode == .SQLITE_CORRUPT {
            problems = [error.message ?? "database disk image is malformed"]
        }
        guard problems == ["ok"] else { throw StoreError.damaged(path: path, problems: problems) }
        checked.withLock { $0 = true }
    }
}
