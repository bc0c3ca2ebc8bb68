import Foundation

/// Why the database could not be opened, read or written.
///
/// Nothing was changed.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The database path is empty.
    case emptyPath
    /// The path names a folder, a FIFO or another thing that is not a regular file.
    case notAFile(path: String, kind: FileKind)
    /// The file exists but is not an SQLite database; it was left as it was.
    case notSQLite(path: String)
    /// The file is an SQLite database of another program; it was left as it was.
    case notOurs(path: String)
    /// A newer version of the tool has changed the database's schema; it was left as it was.
    case newerSchema(path: String)
    /// The file could not be examined or opened.
    case cannotOpen(path: String, errno: Int32)
    /// The database's folder could not be created.
    case cannotCreateFolder(path: String)
    /// This process may read the database but not change it.
    case readOnly(path: String)
    /// SQLite's own check found the file damaged, so nothing is written to it.
    case damaged(path: String, problems: [String])
    /// A stored value this version cannot read: the database was damaged or written by a newer version.
    case unreadableRow(table: String, id: Int64?, column: String, value: String)
    /// Other processes kept the database busy through every retry.
    case busy

    public var description: String {
        switch self {
        case .emptyPath:
            "the database path is empty"
        case .notAFile(let path, let kind):
            "\(path.visible) is a \(kind.rawValue), not a database file; it was left unchanged"
        case .notSQLite(let path):
            "\(path.visible) is not a ProductStudio database (not an SQLite file); it was left unchanged"
        case .notOurs(let path):
            "\(path.visible) is another program's SQLite database, not a ProductStudio one; it was left unchanged"
        case .newerSchema(let path):
            "\(path.visible) was written by a newer version of productstudio; upgrade the tool to use it (file left unchanged)"
        case .cannotOpen(let path, let code):
            "cannot open \(path.visible): \(String(cString: strerror(code)))"
        case .cannotCreateFolder(let path):
            "cannot create the database folder \(path.visible)"
        case .readOnly(let path):
            "\(path.visible) is read-only for this user: it can be read, not changed; nothing was changed"
        case .damaged(let path, let problems):
            "\(path.visible) is damaged (SQLite's integrity check: \(problems.prefix(3).joined(separator: "; "))); "
                + "nothing was written to it: restore it from a backup"
        case .unreadableRow(let table, let id, let column, let value):
            "\(table) row \(id.map(String.init) ?? "?") holds \(column) = \(value), which cannot be read "
                + "(the database is damaged or was written by a newer version)"
        case .busy:
            "the database stayed busy with other processes' writes; nothing was changed, try again"
        }
    }
}
