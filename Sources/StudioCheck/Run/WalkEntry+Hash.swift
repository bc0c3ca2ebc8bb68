import Foundation
import StudioAssets
import StudioCore

extension WalkEntry {
    /// The SHA-256 of the file's bytes, or nil when it cannot be read.
    func sha256() -> String? {
        try? withReadablePath { path in try? SHA256.hex(ofFileAt: URL(fileURLWithPath: path)).digest }
    }

    /// The SHA-256 of the file's first `count` bytes (all of a shorter file), or nil when it cannot be read.
    func sha256(ofFirst count: Int) -> String? {
        try? withReadablePath { path in
            guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
            defer { try? handle.close() }
            return (try? handle.read(upToCount: count)).map { SHA256.hex(of: $0) }
        }
    }
}
