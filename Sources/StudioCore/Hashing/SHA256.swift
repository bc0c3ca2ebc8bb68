/// A SHA-256 digest (FIPS 180-4) computed by OpenSSL's libcrypto, for identifying generated files by content.
///
/// Feed bytes in any number of pieces, then read the digest once:
///
/// ```swift
/// var hash = SHA256()
/// hash.update(Array("abc".utf8))
/// hash.finalize()  // "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
/// ```
///
/// A copy is independent: a hash copied mid-stream and fed different bytes gives the digest of its own bytes.
/// ``SHA256/hex(of:)`` hashes a whole buffer; ``SHA256/hex(ofFileAt:)`` streams a file.
public struct SHA256: Sendable {
    /// Shared by copies until one of them changes (copy on write).
    private var context = SHA256Context()

    /// Creates a hash of no bytes yet.
    public init() {}

    /// Adds bytes to the message.
    public mutating func update(_ bytes: some Collection<UInt8>) {
        let context = uniqueContext()
        if bytes.withContiguousStorageIfAvailable({ context.update(UnsafeRawBufferPointer($0)) }) == nil {
            Array(bytes).withUnsafeBytes { context.update($0) }
        }
    }

    /// Adds the bytes in raw memory to the message, without copying them.
    mutating func update(_ bytes: UnsafeRawBufferPointer) {
        uniqueContext().update(bytes)
    }

    /// Pads the message and returns the digest as 64 lowercase hexadecimal digits.
    public consuming func finalize() -> String {
        let digits = Array("0123456789abcdef".utf8)
        let digest = uniqueContext().finalize()
        return String(decoding: digest.flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 0x0f)]] }, as: UTF8.self)
    }

    /// The digest of `bytes` as 64 lowercase hexadecimal digits.
    public static func hex(of bytes: some Collection<UInt8>) -> String {
        var hash = SHA256()
        hash.update(bytes)
        return hash.finalize()
    }

    /// The context, first copied when another `SHA256` value shares it.
    private mutating func uniqueContext() -> SHA256Context {
        if !isKnownUniquelyReferenced(&context) { context = SHA256Context(copying: context) }
        return context
    }
}
