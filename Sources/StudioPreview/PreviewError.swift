import Glibc
public import StudioSite

/// Why the preview could not start or keep going.
public enum PreviewError: Error, Sendable, CustomStringConvertible {
    /// The file watcher could not be set up for a folder; `code` is the C library's error number.
    case watch(path: String, code: Int32)
    /// No port from the one asked for up to 100 above it was free.
    case noFreePort(host: String, from: Int)
    /// The address to listen on is not an IP address or `localhost`.
    case badAddress(String)
    /// The server stopped with an error.
    case server(String)
    /// The site cannot be previewed at all: its source folder lacks `content/` or `templates/`.
    case site(BuildError)

    public var description: String {
        switch self {
        case .watch(let path, let code):
            "\(path): cannot watch for changes: \(String(cString: strerror(code)))"
                + (code == ENOSPC ? " (raise fs.inotify.max_user_watches)" : "")
        case .noFreePort(let host, let port): "no free port on \(host) from \(port) to \(port + 100)"
        case .badAddress(let address): "'\(address)' is not an IP address or localhost"
        case .server(let message): "the server stopped: \(message)"
        case .site(let error): error.description
        }
    }
}
