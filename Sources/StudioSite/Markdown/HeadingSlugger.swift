/// Makes heading ids the way GitHub does, unique within one page.
///
/// Lowercase; letters, digits, `-` and `_` are kept, spaces become `-`, everything else is dropped.
/// A repeated slug gets `-1`, `-2`, ... appended: "Setup", "Setup" → `setup`, `setup-1`. As in GitHub's
/// github-slugger, each base slug remembers the last number it gave, so the search for a free id goes on
/// from there: any sequence of headings costs time in proportion to its length.
struct HeadingSlugger {
    /// Every id given, with the last number appended to it as a base (0 for none yet).
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
        while used[candidate] != nil {
            let number = used[base, default: 0] + 1
            used[base] = number
            candidate = "\(base)-\(number)"
        }
        used[candidate] = 0
        return candidate
    }
}
