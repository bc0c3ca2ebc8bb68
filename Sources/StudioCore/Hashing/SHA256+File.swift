public import Foundation

extension SHA256 {
    /// Bytes read from a file at once: few system calls, and a buffer that stays in the CPU caches.
    private static let readSize = 1 << 20

    /// The digest of a file's bytes, streamed through one reusable buffer so large videos are never loaded whole.
    ///
    /// - Returns: The digest and the number of bytes read.
    /// - Throws: ``NotARegularFile`` for a folder, a FIFO or a device; a `POSIXError` when the file cannot be
    ///   opened or read.
    public static func hex(ofFileAt url: URL) throws -> (digest: String, bytes: Int64) {
        let handle = try RegularFile.openForReading(url.path)
        defer { try? handle.close() }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: readSize, alignment: 64)
        defer { buffer.deallocate() }
        var hash = SHA256()
        var bytes: Int64 = 0
        var count = try readChunk(handle.fileDescriptor, into: buffer)
        while count > 0 {
            hash.update(UnsafeRawBufferPointer(rebasing: buffer[..<count]))
            bytes += Int64(count)
            count = try readChunk(handle.fileDescriptor, into: buffer)
        }
        return (hash.finalize(), bytes)
    }

    /// One `read(2)` into `buffer`, retried when a signal interrupts it; 0 at the end of the file.
    private static func readChunk(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        while true {
            let count = read(descriptor, buffer.baseAddress, buffer.count)
            if count >= 0 { return count }
            guard errno == EINTR else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        }
    }
}
