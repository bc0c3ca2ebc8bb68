import Foundation

/// What is at the database path before SQLite opens it: a folder, a FIFO or a file that is not SQLite is
/// refused untouched, and a file this process cannot write is opened read-only.
enum DatabaseFile {
    /// How the database can be opened.
    enum Access: Equatable {
        /// Nothing is there yet: the database is created.
        case create
        /// An SQLite file this process can write.
        case readWrite
        /// An SQLite file this process can only read. `sharedMemory` tells whether its owner has it open
        /// (its `-shm` file exists), so the reader must use that index instead of reading the file alone.
        case readOnly(sharedMemory: Bool)
    }

    /// The 16 bytes every SQLite 3 database file starts with.
    private static let header = Array("SQLite format 3\0".utf8)

    /// Examines `path` without changing anything.
    /// - Throws: ``StoreError/emptyPath``, ``StoreError/notAFile(path:kind:)``, ``StoreError/notSQLite(path:)``,
    ///   ``StoreError/cannotOpen(path:errno:)``.
    static func examine(_ path: String) throws -> Access {
        guard !path.isEmpty else { throw StoreError.emptyPath }
        var status = stat()
        guard stat(path, &status) == 0 else {
            guard errno == ENOENT else { throw StoreError.cannotOpen(path: path, errno: errno) }
            return .create
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            throw StoreError.notAFile(path: path, kind: FileKind(mode: status.st_mode))
        }
        try checkHeader(path)
        guard access(path, W_OK) == 0 else { return .readOnly(sharedMemory: access(path + "-shm", F_OK) == 0) }
        return .readWrite
    }

    /// Passes when the regular file at `path` is empty or starts with the SQLite header.
    private static func checkHeader(_ path: String) throws {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw StoreError.cannotOpen(path: path, errno: errno) }
        defer { close(descriptor) }
        var start = [UInt8](repeating: 0, count: header.count)
        let count = read(descriptor, &start, start.count)
        guard count == 0 || (count == header.count && start == header) else { throw StoreError.notSQLite(path: path) }
    }
}
