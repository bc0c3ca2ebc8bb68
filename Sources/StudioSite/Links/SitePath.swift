/// Path arithmetic on `/`-separated paths inside the site, independent of the file system.
enum SitePath {
    /// Joins and resolves `.` and `..`; nil when the path climbs above the root.
    static func normalize(_ path: String) -> String? {
        let slash = UInt8(ascii: "/")
        let dot = UInt8(ascii: ".")
        var path = path
        return path.withUTF8 { bytes -> String? in
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count)
            var start = 0
            while start < bytes.count {
                guard bytes[start] != slash else {
                    start += 1
                    continue
                }
                var end = start + 1
                while end < bytes.count && bytes[end] != slash { end += 1 }
                let isDot = bytes[start] == dot && (end - start == 1 || (end - start == 2 && bytes[start + 1] == dot))
                if isDot && end - start == 2 {
                    guard !result.isEmpty else { return nil }
                    result.removeSubrange((result.lastIndex(of: slash) ?? 0)...)
                } else if !isDot {
                    if !result.isEmpty { result.append(slash) }
                    result += bytes[start..<end]
                }
                start = end
            }
            if bytes.last == slash && !result.isEmpty { result.append(slash) }
            return String(decoding: result, as: UTF8.self)
        }
    }

    /// The relative URL from a page at `fromURLPath` (a folder path such as `a/b/`) to a file at `target`,
    /// both raw paths inside the site: percent-encoded (``encoded(_:)``) and starting with `./` or `../`.
    ///
    /// Relative URLs keep the site working from any folder and from `file://`; the leading dot segment
    /// keeps a first segment such as `javascript:x` from ever reading as a scheme.
    static func relative(fromURLPath: String, to target: String) -> String {
        // The length of the longest shared run of whole folders.
        var shared = 0
        var index = 0
        for (a, b) in zip(fromURLPath.utf8, target.utf8) {
            guard a == b else { break }
            index += 1
            if a == UInt8(ascii: "/") { shared = index }
        }
        let ups = fromURLPath.utf8.dropFirst(shared).reduce(0) { $0 + ($1 == UInt8(ascii: "/") ? 1 : 0) }
        let rest = encoded(String(target.utf8.dropFirst(shared))!)
        return ups == 0 ? "./" + rest : String(repeating: "../", count: ups) + rest
    }

    /// A raw path inside the site as a URL path: every byte of every segment percent-encoded except the
    /// unreserved characters, the sub-delimiters and `@` (RFC 3986), so `#`, `?`, `%`, `:`, spaces and
    /// non-ASCII letters all arrive at the file they name.
    ///
    /// `/` separates segments and stays.
    static func encoded(_ path: String) -> String {
        encoding(path, keeping: isPathByte)
    }

    /// A fragment (a heading id) as it is written after `#`: as ``encoded(_:)``, keeping `/`, `?` and `:` too.
    static func encodedFragment(_ fragment: String) -> String {
        encoding(fragment) { isPathByte($0) || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: ":") }
    }

    private static func isPathByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "!"), UInt8(ascii: "$"),
            UInt8(ascii: "&"), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "*"), UInt8(ascii: "+"),
            UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "="), UInt8(ascii: "@"), UInt8(ascii: "/"):
            true
        default: false
        }
    }

    private static func encoding(_ text: String, keeping keep: (UInt8) -> Bool) -> String {
        guard !text.utf8.allSatisfy(keep) else { return text }
        let hex = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            if keep(byte) {
                bytes.append(byte)
            } else {
                bytes += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
