/// Makes heading ids the way GitHub does, unique within one page.
///
/// Lowercase; letters, digits, `-` and `_` are kept, spaces become `-`, everything else is dropped.
/// A repeated slug gets `-1`, `-2`, ... appended: "Setup", "Setup" → `setup`, `setup-1`.
struct HeadingSlugger {
    private var used: [String: Int] = [:]

    /// The base slug of a heading text, before making it unique.
    static func slug(_ text: String) -> String {
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

    /// The id for the next heading with this text.
    mutating func uniqueSlug(_ text: String) -> String {
        let base = Self.slug(text).isEmpty ? "section" : Self.slug(text)
        var candidate = base
        while let count = used[candidate] {
            used[candidate] = count + 1
            candidate = "\(base)-\(count)"
        }
        used[candidate] = 1
        return candidate
    }
}
