public import Foundation

extension SHA256 {
    /// The digest of a file's bytes, read in chunks so large videos are never loaded whole.
    ///
    /// - Returns: The digest and the number of bytes read.
    /// - Throws: The file system's error when the file cannot be opened or read.
    public static func hex(ofFileAt url: URL) throws -> (digest: String, bytes: Int64) {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        var hash = SHA256()
        var bytes: Int64 = 0
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            hash.update(chunk)
            bytes += Int64(chunk.count)
        }
        return (hash.finalize(), bytes)
    }
}
