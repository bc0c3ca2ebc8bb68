import Foundation

/// `openssl dgst -sha256`, the oracle for file digests.
enum OpenSSL {
    struct Failure: Error, CustomStringConvertible {
        let status: Int32
        let output: String
        var description: String { "openssl dgst exited with \(status): \(output)" }
    }

    /// The SHA-256 of the file at `url` as `openssl dgst -sha256 -r` prints it (64 lowercase hex digits).
    static func sha256(ofFileAt url: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["openssl", "dgst", "-sha256", "-r", url.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        guard process.terminationStatus == 0 else { throw Failure(status: process.terminationStatus, output: text) }
        return String(text.prefix { $0 != " " })  // "DIGEST *PATH"
    }
}
