import ArgumentParser
import Foundation
import StudioCore

/// `--db`: where the database of credits and history lives; `$PRODUCTSTUDIO_NOW` pins its clock.
struct DatabaseOptions: ParsableArguments {
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
    static func clock() throws -> StudioClock {
        guard let text = ProcessInfo.processInfo.environment["PRODUCTSTUDIO_NOW"], !text.isEmpty else { return .system }
        guard let date = ISOTime.instant(text) else {
            throw ValidationError(
                "PRODUCTSTUDIO_NOW must be a real ISO 8601 time from year 1600 to 9999, such as 2026-03-14T09:26:53Z, not '\(text.visible)'."
            )
        }
        return .fixed(date)
    }
}
