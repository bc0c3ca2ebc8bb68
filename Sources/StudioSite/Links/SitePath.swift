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

    /// The relative URL from a page at `fromURLPath` (a folder path such as `a/b/`) to a file at `target`.
    ///
    /// Relative URLs keep the site working from any folder and from `file://`.
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
        let rest = String(target.utf8.dropFirst(shared))!
        let path = String(repeating: "../", count: ups) + rest
        return path.isEmpty ? "./" : path
    }
}
