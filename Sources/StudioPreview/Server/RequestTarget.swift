/// Where a request's path leads inside the site, read strictly: anything that could climb out of it is refused.
///
/// The path (before any `?` or `#`) is percent-decoded once; a path holding `..` or `.` segments (written
/// or encoded, `%2e%2e`), an encoded slash (`%2F`), a backslash (written or `%5C`), a control character or
/// bytes that are not UTF-8 leads nowhere. A path ending in `/` names that folder's `index.html`.
enum RequestTarget: Equatable {
    /// A file of the site, by its path there (`guides/setup/index.html`).
    case file(String)
    /// A path that cannot name a file of the site.
    case refused

    init(path raw: String) {
        let path = raw.prefix { $0 != "?" && $0 != "#" }
        guard path.hasPrefix("/") else {
            self = .refused
            return
        }
        var segments: [String] = []
        for segment in path.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
            guard let decoded = Self.decode(segment), decoded != ".", decoded != "..",
                !decoded.unicodeScalars.contains(where: { $0 == "/" || $0 == "\\" || $0.value < 0x20 || $0.value == 0x7F })
            else {
                self = .refused
                return
            }
            segments.append(decoded)
        }
        let joined = segments.joined(separator: "/")
        self = .file(joined.isEmpty || joined.hasSuffix("/") ? joined + "index.html" : joined)
    }

    /// A segment percent-decoded, or nil when an escape is malformed or the bytes are not UTF-8.
    private static func decode(_ segment: Substring) -> String? {
        var bytes: [UInt8] = []
        var iterator = segment.utf8.makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else { return nil }
            bytes.append(high << 4 | low)
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
