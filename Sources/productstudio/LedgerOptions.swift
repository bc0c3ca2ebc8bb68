public import ArgumentParser
import Foundation
public import StudioCore

/// `--db`: where the ledger's database lives, shared by `credits`, `history` and `profile`.
struct LedgerOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The database file.",
            discussion: """
                Default: $PRODUCTSTUDIO_DB, else $XDG_DATA_HOME/productstudio/studio.sqlite \
                (~/.local/share/productstudio/studio.sqlite); created with its folder on first use. \
                $PRODUCTSTUDIO_NOW (an ISO 8601 time) pins the clock that dates new rows.
                """
        ),
        completion: .file()
    )
    var db: String?

    func validate() throws {
        if db?.isEmpty == true { throw ValidationError("--db needs a file name; it was empty.") }
        _ = try Self.clock()
    }

    /// The database path: `--db`, else `$PRODUCTSTUDIO_DB`, else the XDG data folder.
    var path: String {
        let environment = ProcessInfo.processInfo.environment
        if let db { return db }
        if let path = environment["PRODUCTSTUDIO_DB"], !path.isEmpty { return path }
        let data =
            environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? "\(environment["HOME"] ?? NSHomeDirectory())/.local/share"
        return "\(data)/productstudio/studio.sqlite"
    }

    /// Opens the database, with the clock pinned when `$PRODUCTSTUDIO_NOW` is set.
    func open() throws -> StudioDatabase {
        try StudioDatabase.open(at: path, clock: try Self.clock())
    }

    /// The clock: `$PRODUCTSTUDIO_NOW` when set, else the system's.
    /// - Throws: `ValidationError` when the variable is not a real time from year 1600 to 9999.
    static func clock() throws -> LedgerClock {
        guard let text = ProcessInfo.processInfo.environment["PRODUCTSTUDIO_NOW"], !text.isEmpty else { return .system }
        guard let date = ISOTime.instant(text) else {
            throw ValidationError(
                "PRODUCTSTUDIO_NOW must be a real ISO 8601 time from year 1600 to 9999, such as 2026-03-14T09:26:53Z, not '\(text.visible)'."
            )
        }
        return .fixed(date)
    }
}

/// `--account`: the signed-in account, by email.
struct AccountOption: ParsableArguments {
    @Option(help: "The account's email (default: $PRODUCTSTUDIO_ACCOUNT).")
    var account: String?

    /// `--account`, else `$PRODUCTSTUDIO_ACCOUNT`.
    func email() throws -> String {
        guard let email = optionalEmail else { throw ValidationError("Name the account with --account EMAIL or $PRODUCTSTUDIO_ACCOUNT.") }
        return email
    }

    /// `--account`, else `$PRODUCTSTUDIO_ACCOUNT`, else nil.
    var optionalEmail: String? {
        if let account { return account }
        if let email = ProcessInfo.processInfo.environment["PRODUCTSTUDIO_ACCOUNT"], !email.isEmpty { return email }
        return nil
    }
}

/// `--idempotency-key`: makes a change safe to repeat.
struct IdempotencyOption: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Run this change at most once per key.",
            discussion: """
                Repeating the command with the same key and the same request prints the first result and \
                changes nothing; the same key with a different request is refused.
                """
        )
    )
    var idempotencyKey: String?

    func validate() throws {
        if let idempotencyKey, idempotencyKey.isBlank {
            throw ValidationError("--idempotency-key cannot be empty.")
        }
    }
}

extension GenerationTool: ExpressibleByArgument {}
extension ImageQuality: ExpressibleByArgument {}
extension VideoDuration: ExpressibleByArgument {}
extension TaskStatus: ExpressibleByArgument {}
extension CreditTransaction.Kind: ExpressibleByArgument {}
