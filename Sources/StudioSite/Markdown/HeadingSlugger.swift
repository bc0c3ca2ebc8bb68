/// Makes heading ids the way GitHub does, unique within one page.
///
/// Lowercase; letters, digits, `-` and `_` are kept, spaces become `-`, everything else is dropped.
/// A repeated slug gets `-1`, `-2`, ... appended: "Setup", "Setup" → `setup`, `setup-1`.
struct HeadingSlugger {
    private var used: [String: Int] = [:]

    /// The base slug of a heading text, before making it unique.
    static func slug(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiSlug(text) }
        var slug = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber || character == "-" || character == "_" {
                slug.append(character)
            } else if character == " " {
                slug.append("-")
            }
        }
        return slug
    }

    /// ``slug(_:)`` of ASCII text, byte by byte.
    private static func asciiSlug(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes.append(byte | 0x20)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"):
                bytes.append(byte)
            case UInt8(ascii: " "): bytes.append(UInt8(ascii: "-"))
            default: continue
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The id for the next heading with this text.
    mutating func uniqueSlug(_ text: String) -> String {
        let slug = Self.slug(text)
        let base = slug.isEmpty ? "section" : slug
        var candidate = base
        while let count = used[candidate] {
            used[candidate] = count + 1
            candidate = "\(base)-\(count)"
        }
        used[candidate] = 1
        return candidate
    }
}
