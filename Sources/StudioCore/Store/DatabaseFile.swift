import Foundation

/// Checks a file before SQLite opens it, so a file that is not a database is never touched.
enum DatabaseFile {
    /// The 16 bytes every SQLite 3 database file starts with.
    private static let header = Array("SQLite format 3\0".utf8)

    /// Passes when `url` is missing, empty, or starts with the SQLite header.
    /// - Throws: ``StoreError/notSQLite(path:)`` otherwise.
    static func checkIsSQLite(_ url: URL) throws {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return }
        defer { try? handle.close() }
        let start = (try? handle.read(upToCount: header.count)) ?? Data()
        guard start.isEmpty || Array(start) == header else {
            throw StoreError.notSQLite(path: url.path)
        }
    }
}
