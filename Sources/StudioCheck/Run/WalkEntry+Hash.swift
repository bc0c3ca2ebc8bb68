import Foundation
import StudioAssets
import StudioCore

extension WalkEntry {
    /// The SHA-256 of the file's bytes, or nil when it cannot be read.
    func sha256() -> String? {
        guard let path = openPath else { return nil }
        return try? SHA256.hex(ofFileAt: URL(fileURLWithPath: path)).digest
    }
}
