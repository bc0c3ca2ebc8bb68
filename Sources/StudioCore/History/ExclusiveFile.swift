import Foundation

/// Creates a file under the first free name, atomically: `open(2)` with `O_CREAT | O_EXCL` fails when the name
/// is taken, so no existing file is ever overwritten, even by a concurrent download.
enum ExclusiveFile {
    /// Tries `name(1)`, `name(2)`… in `folder` until one can be created.
    /// - Returns: The file created and a handle open for writing.
    /// - Throws: ``LedgerError/cannotWrite(path:reason:)`` for any failure other than a taken name.
    static func create(in folder: URL, name: (Int) -> String) throws -> (URL, FileHandle) {
        for n in 1... {
            let url = folder.appendingPathComponent(name(n))
            let descriptor = open(url.path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
            if descriptor >= 0 { return (url, FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)) }
            guard errno == EEXIST else {
                throw LedgerError.cannotWrite(path: url.path, reason: String(cString: strerror(errno)))
            }
        }
        preconditionFailure("unreachable: the candidate numbers never run out")
    }
}
