#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension WalkEntry {
    /// Runs `body` with a text path to the entry's file that every reader can open (the container scan,
    /// libvips, libavformat).
    ///
    /// That is ``openPath`` when the path is UTF-8. A Swift `String` cannot hold a path that is not, so the
    /// file is then opened by its exact ``pathBytes`` and `body` gets `/proc/self/fd/N`, a Linux path to
    /// that open descriptor; the descriptor is closed when `body` returns, so nothing `body` opened through
    /// the path may outlive it. That path has no extension: use ``fileExtension``.
    ///
    /// - Throws: ``AssetError/system(operation:code:message:)`` when the file cannot be opened, or what `body` throws.
    public func withReadablePath<Value>(_ body: (String) throws(AssetError) -> Value) throws(AssetError) -> Value {
        if let openPath { return try body(openPath) }
        let descriptor = withCPath(pathBytes) { open($0, O_RDONLY | O_CLOEXEC) }
        guard descriptor >= 0 else { throw .fromErrno("open") }
        defer { close(descriptor) }
        return try body("/proc/self/fd/\(descriptor)")
    }

    /// The lowercased extension of the file's own name (from ``pathBytes``), or "" when it has none.
    var fileExtension: String {
        let name = pathBytes.split(separator: UInt8(ascii: "/")).last ?? []
        guard let dot = name.lastIndex(of: UInt8(ascii: ".")), dot != name.startIndex else { return "" }
        return String(decoding: name[name.index(after: dot)...], as: UTF8.self).lowercased()
    }
}
