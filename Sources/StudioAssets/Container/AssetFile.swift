#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An open file read with `pread`, with its first bytes kept in memory.
///
/// The container scanners look at a few headers and trailers, never the whole file.
final class AssetFile {
    /// How much of the start of the file is read at once: enough for every header in a typical file.
    static let headSize = 64 * 1024

    /// The file size in bytes.
    let size: Int
    /// The first `min(size, headSize)` bytes.
    let head: [UInt8]
    private let descriptor: Int32

    /// Opens a file for reading.
    /// - Throws: ``AssetError/system(operation:code:message:)`` when it cannot be opened or read.
    init(path: String) throws(AssetError) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw .fromErrno("open") }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let error = AssetError.fromErrno("stat")
            close(fd)
            throw error
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            close(fd)
            throw .system(operation: "open", code: EISDIR, message: "not a regular file")
        }
        descriptor = fd
        size = Int(info.st_size)
        do {
            head = try Self.read(fd, at: 0, count: min(size, Self.headSize))
        } catch {
            close(fd)
            throw error
        }
    }

    deinit { close(descriptor) }

    /// Reads up to `count` bytes at `offset`; fewer when the file ends first.
    func read(at offset: Int, count: Int) throws(AssetError) -> [UInt8] {
        guard offset >= 0, count > 0, offset < size else { return [] }
        if offset + count <= head.count { return Array(head[offset..<offset + count]) }
        return try Self.read(descriptor, at: offset, count: min(count, size - offset))
    }

    private static func read(_ descriptor: Int32, at offset: Int, count wanted: Int) throws(AssetError) -> [UInt8] {
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: wanted) { buffer, initialized in
            var done = 0
            while done < wanted {
                let got = pread(descriptor, buffer.baseAddress! + done, wanted - done, off_t(offset + done))
                if got < 0 { failed = true }
                if got <= 0 { break }
                done += got
            }
            initialized = done
        }
        if failed { throw .fromErrno("read") }
        return bytes
    }

    /// The last `count` bytes (fewer for a smaller file).
    func tail(_ count: Int) throws(AssetError) -> [UInt8] {
        try read(at: max(0, size - count), count: min(count, size))
    }
}

extension AssetError {
    /// The error for the current `errno` after `operation` failed.
    static func fromErrno(_ operation: String) -> AssetError {
        let code = errno
        return .system(operation: operation, code: code, message: String(cString: strerror(code)))
    }
}
