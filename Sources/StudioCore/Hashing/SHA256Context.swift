internal import CCrypto

/// A libcrypto (OpenSSL 3) EVP digest context for SHA-256, freed with the box.
///
/// The only libcrypto calls.
///
/// ``SHA256`` copies a box it shares before changing it (copy on write), so a context that more than one
/// value, and possibly more than one thread, can see is only ever read.
final class SHA256Context: @unchecked Sendable {
    private let context: OpaquePointer

    /// A context that has been fed no bytes.
    init() {
        context = Self.newContext()
        Self.check(EVP_DigestInit_ex(context, EVP_sha256(), nil), "EVP_DigestInit_ex")
    }

    /// A context in the same state as `other`, which is left unchanged.
    init(copying other: SHA256Context) {
        context = Self.newContext()
        Self.check(EVP_MD_CTX_copy_ex(context, other.context), "EVP_MD_CTX_copy_ex")
    }

    deinit { EVP_MD_CTX_free(context) }

    /// Adds bytes to the message.
    func update(_ bytes: UnsafeRawBufferPointer) {
        Self.check(EVP_DigestUpdate(context, bytes.baseAddress, bytes.count), "EVP_DigestUpdate")
    }

    /// Pads the message and returns the 32-byte digest.
    ///
    /// The context takes no more bytes afterwards.
    func finalize() -> [UInt8] {
        var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        Self.check(EVP_DigestFinal_ex(context, &digest, &length), "EVP_DigestFinal_ex")
        return Array(digest.prefix(Int(length)))
    }

    private static func newContext() -> OpaquePointer {
        guard let context = EVP_MD_CTX_new() else { fatalError("EVP_MD_CTX_new failed: out of memory") }
        return context
    }

    /// Stops the program when a libcrypto call returns anything but 1.
    ///
    /// SHA-256 in libcrypto fails only when memory runs out or its provider cannot be loaded (a broken
    /// OpenSSL installation), which no caller of the non-throwing ``SHA256`` API could handle.
    private static func check(_ result: Int32, _ call: StaticString) {
        guard result != 1 else { return }
        let reason = ERR_reason_error_string(ERR_get_error()).map { String(cString: $0) } ?? "no reason given"
        fatalError("\(call) failed: \(reason)")
    }
}
