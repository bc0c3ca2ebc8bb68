import Foundation

/// A path that names something other than a regular file where a file was needed.
public struct NotARegularFile: Error, Equatable, Sendable {
    /// What the path names.
    public let kind: FileKind
}

/// Opens files that must be regular files: a FIFO would block the reader forever and a folder cannot be read,
/// so both are refused before any read.
enum RegularFile {
    /// Opens `path` for reading.
    /// - Throws: ``NotARegularFile``, or a `POSIXError` when it cannot be opened.
    static func openForReading(_ path: String) throws -> FileHandle {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            let code = errno
            close(descriptor)
            throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            close(descriptor)
            throw NotARegularFile(kind: FileKind(mode: status.st_mode))
        }
        return FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    }
}
