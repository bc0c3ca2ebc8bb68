import Foundation

/// The `file:` URI SQLite opens a path by, so a path is always read as a path (even one that starts with
/// `file:` or holds `?`), with the query that says how to open it.
enum DatabaseURI {
    /// The URI for `path` opened with `access`.
    ///
    /// A file this process can only read is opened `mode=ro` without creating the `-wal` or `-shm` files
    /// SQLite would otherwise leave behind owned by this user (they would block the owner's next write):
    /// `immutable=1` when the owner has no `-shm` open, else `readonly_shm=1` to share the owner's.
    static func make(path: String, access: DatabaseFile.Access) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        let uri = "file:" + percentEncoded(absolute)
        switch access {
        case .create, .readWrite: return uri
        case .readOnly(sharedMemory: false): return uri + "?mode=ro&immutable=1"
        case .readOnly(sharedMemory: true): return uri + "?mode=ro&readonly_shm=1"
        }
    }

    /// Every byte but the unreserved ones and `/` as `%XX`.
    private static func percentEncoded(_ path: String) -> String {
        var encoded = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                encoded += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return encoded
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
