import Foundation
import StudioAssets
import StudioCore

extension WalkEntry {
    /// The SHA-256 of the file's bytes, or nil when it cannot be read.
    func sha256() -> String? {
        try? withReadablePath { path in try? SHA256.hex(ofFileAt: URL(fileURLWithPath: path)).digest }
    }

    /// The file's first `count` bytes (all of a shorter file), or nil when it cannot be read.
    func head(_ count: Int) -> Data? {
        try? withReadablePath { path in
            guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
            defer { try? handle.close() }
            return try? handle.read(upToCount: count) ?? Data()
        }
    }

    /// Whether the two files hold the same bytes, compared 1 MiB at a time.
    func hasSameBytes(as other: WalkEntry) -> Bool {
        let same = try? withReadablePath { path in
            try? other.withReadablePath { otherPath in Self.sameBytes(path, otherPath) }
        }
        return same ?? false
    }

    private static func sameBytes(_ path: String, _ otherPath: String) -> Bool {
        guard let a = FileHandle(forReadingAtPath: path), let b = FileHandle(forReadingAtPath: otherPath) else { return false }
        defer {
            try? a.close()
            try? b.close()
        }
        while true {
            do {
                let left = try a.read(upToCount: 1 << 20) ?? Data()
                let right = try b.read(upToCount: 1 << 20) ?? Data()
                guard left == right else { return false }
                if left.isEmpty { return true }
            } catch {
                return false
            }
        }
    }
}
