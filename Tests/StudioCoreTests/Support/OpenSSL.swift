import Foundation
import StudioTestSupport

/// `openssl dgst -sha256`, the oracle for file digests.
enum OpenSSL {
    /// The SHA-256 of the file at `url` as `openssl dgst -sha256 -r` prints it (64 lowercase hex digits).
    static func sha256(ofFileAt url: URL) throws -> String {
        let text = String(decoding: try ChildProcess.check(["openssl", "dgst", "-sha256", "-r", url.path]), as: UTF8.self)
        return String(text.prefix { $0 != " " })  // "DIGEST *PATH"
    }
}
