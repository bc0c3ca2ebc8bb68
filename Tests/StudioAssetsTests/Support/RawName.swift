import Foundation

@testable import StudioAssets

/// Files and folders whose names are bytes that are not UTF-8, made through POSIX calls:
/// `FileManager` takes names as text only.
enum RawName {
    /// Latin-1 `café` followed by `suffix`: the byte 0xE9 on its own is not valid UTF-8.
    static func cafe(_ suffix: String = "") -> [UInt8] { Array("caf".utf8) + [0xE9] + Array(suffix.utf8) }

    /// `folder`'s path joined with `name`.
    static func path(_ folder: URL, _ name: [UInt8]) -> [UInt8] { Array(folder.path.utf8) + [UInt8(ascii: "/")] + name }

    /// Creates the file at `path` holding `contents`.
    static func makeFile(_ path: [UInt8], holding contents: [UInt8]) throws {
        let descriptor = withCPath(path) { open($0, O_CREAT | O_WRONLY | O_TRUNC | O_CLOEXEC, 0o644) }
        guard descriptor >= 0 else { throw failure }
        defer { close(descriptor) }
        let written = contents.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        guard written == contents.count else { throw failure }
    }

    /// Creates the file at `path` as a copy of the fixture `name`.
    static func copy(fixture name: String, to path: [UInt8]) throws {
        try makeFile(path, holding: [UInt8](Data(contentsOf: Fixtures.url(name))))
    }

    /// Creates the folder at `path`.
    static func makeFolder(_ path: [UInt8]) throws {
        guard withCPath(path, { mkdir($0, 0o755) }) == 0 else { throw failure }
    }

    /// The error of the POSIX call that just failed.
    private static var failure: POSIXError { POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
}
