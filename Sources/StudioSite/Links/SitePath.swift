/// Path arithmetic on `/`-separated paths inside the site, independent of the file system.
enum SitePath {
    /// Joins and resolves `.` and `..`; nil when the path climbs above the root.
    static func normalize(_ path: String) -> String? {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(part)
            }
        }
        let joined = parts.joined(separator: "/")
        return path.hasSuffix("/") && !joined.isEmpty ? joined + "/" : joined
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
