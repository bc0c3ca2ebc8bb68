import Foundation
import Glibc

/// Reads whole files for the build, keeping the C library's error number when a read fails.
enum FileReader {
    /// The bytes of the file at `path`.
    /// - Throws: ``BuildError/fileSystem(_:path:code:)`` with ``FileOperation/read``.
    static func contents(ofPath path: String) throws(BuildError) -> Data {
        guard !path.utf8.contains(0) else { throw .fileSystem(.read, path: path, code: EINVAL) }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .fileSystem(.read, path: path, code: errno) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw .fileSystem(.read, path: path, code: errno) }
        var data = Data(capacity: max(Int(info.st_size), 0))
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { return data }
            if count < 0 {
                if errno == EINTR { continue }
                throw .fileSystem(.read, path: path, code: errno)
            }
            data.append(contentsOf: chunk[..<count])
        }
    }
}
