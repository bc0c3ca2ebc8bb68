/// Why the database could not be opened or written.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file exists but is not an SQLite database; it was left as it was.
    case notSQLite(path: String)
    /// A newer version of the tool has changed the database's schema; it was left as it was.
    case newerSchema(path: String)
    /// The database's folder could not be created.
    case cannotCreateFolder(path: String)
    /// Other processes kept the database busy through every retry.
    case busy

    public var description: String {
        switch self {
        case .notSQLite(let path):
            "\(path) is not a ProductStudio database (not an SQLite file); it was left unchanged"
        case .newerSchema(let path):
            "\(path) was written by a newer version of productstudio; upgrade the tool to use it (file left unchanged)"
        case .cannotCreateFolder(let path):
            "cannot create the database folder \(path)"
        case .busy:
            "the database stayed busy with other processes' writes; nothing was changed, try again"
        }
    }
}
