/// Path arithmetic on `/`-separated paths inside the site, independent of the file system.
enum SitePath {
    /// Joins and resolves `.` and `..`; nil when the path climbs above the root.
    static func normalize(_ path: String) -> String? {
        let slash = UInt8(ascii: "/")
        var parts: [Substring.UTF8View] = []
        for part in path.utf8.split(separator: slash, omittingEmptySubsequences: true) {
            if part.elementsEqual(".".utf8) { continue }
            if part.elementsEqual("..".utf8) {
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            } else {
                parts.append(part)
            }
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(path.utf8.count)
        for (index, part) in parts.enumerated() {
            if index > 0 { bytes.append(slash) }
            bytes += part
        }
        if path.utf8.last == slash && !bytes.isEmpty { bytes.append(slash) }
        return String(decoding: bytes, as: UTF8.self)
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
