import Foundation

/// What a path names when it is not a regular file.
public enum FileKind: String, Sendable, Equatable {
    /// A directory.
    case folder
    /// A named pipe: reading it waits for a writer.
    case fifo = "FIFO"
    /// A Unix-domain socket.
    case socket
    /// A character or block device.
    case device
    /// Anything else that is not a regular file.
    case other = "special file"

    /// The kind of the file whose `st_mode` is `mode`.
    init(mode: mode_t) {
        switch mode & S_IFMT {
        case S_IFDIR: self = .folder
        case S_IFIFO: self = .fifo
        case S_IFSOCK: self = .socket
        case S_IFCHR, S_IFBLK: self = .device
        default: self = .other
        }
    }
}
