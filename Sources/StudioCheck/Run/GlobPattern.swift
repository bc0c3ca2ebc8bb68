/// A glob pattern for the config's `ignore:` list, matched against a file's path as reports show it.
///
/// `*` matches any run of characters except `/`, `**` any run including `/` (`drafts/**`, `**/*.tmp`),
/// `?` one character except `/`. A pattern without `/` matches the last path component anywhere
/// (`*.tmp` skips `a/b/c.tmp`), as `.gitignore` does.
struct GlobPattern: Sendable {
    private let pattern: [Character]
    private let anywhere: Bool

    init(_ text: String) {
        pattern = Array(text)
        anywhere = !text.contains("/")
    }

    func matches(_ path: String) -> Bool {
        let subject = anywhere ? String(path.split(separator: "/").last ?? "") : path
        return Self.match(pattern[...], Array(subject)[...])
    }

    private static func match(_ pattern: ArraySlice<Character>, _ text: ArraySlice<Character>) -> Bool {
        guard let first = pattern.first else { return text.isEmpty }
        if first == "*" {
            let doubled = pattern.dropFirst().first == "*"
            let rest = pattern.dropFirst(doubled ? 2 : 1)
            if doubled, rest.first == "/" {
                // `**/` matches no folder at all, or any run of whole folders.
                let after = rest.dropFirst()
                if match(after, text) { return true }
                return text.indices.contains { text[$0] == "/" && match(after, text[(text.index(after: $0))...]) }
            }
            var candidate = text
            while true {
                if match(rest, candidate) { return true }
                guard let next = candidate.first, doubled || next != "/" else { return false }
                candidate = candidate.dropFirst()
            }
        }
        guard let character = text.first else { return false }
        guard first == "?" ? character != "/" : first == character else { return false }
        return match(pattern.dropFirst(), text.dropFirst())
    }
}
