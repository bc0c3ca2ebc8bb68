/// A start tag found in raw HTML: its name and attributes, lowercased names and decoded values.
struct HTMLStartTag {
    /// The tag name, lowercased (`a`, `iframe`).
    let name: String
    /// Where the tag's `<` is, in UTF-8 bytes from the start of the scanned text.
    let offset: Int
    /// Attribute names lowercased, values with their character references decoded, in order.
    let attributes: [(name: String, value: String)]
}

/// Finds the start tags of raw HTML, tokenizing it as the HTML standard's tokenizer does from its data
/// state: comments (`<!-- -->`, also ended by `--!>`), bogus comments (`<!x>`, `<?x>`) and end tags are
/// stepped over; quoted attribute values may hold `>`.
///
/// The content of `<script>` and `<style>` is scanned as markup too, since inside SVG it is markup.
struct HTMLTagScanner {
    private let bytes: [UInt8]
    private var index = 0

    /// The start tags of `html`, and whether it ends inside a tag (a `>` or a closing quote missing),
    /// where the markup that follows on the page would be read as part of the tag.
    static func scan(_ html: String) -> (tags: [HTMLStartTag], endsInsideTag: Bool) {
        var scanner = HTMLTagScanner(bytes: Array(html.utf8))
        var tags: [HTMLStartTag] = []
        while let token = scanner.nextTag() {
            switch token {
            case .startTag(let tag): tags.append(tag)
            case .endTag: continue
            case .unterminated: return (tags, true)
            }
        }
        return (tags, false)
    }

    /// What the scanner found at a `<` that opens a tag.
    private enum Token {
        case startTag(HTMLStartTag)
        case endTag
        /// The text ended inside the tag.
        case unterminated
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The next tag, or nil at the end of the text.
    private mutating func nextTag() -> Token? {
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<") else {
                index += 1
                continue
            }
            let start = index
            let next = byte(at: index + 1)
            if next.map(Self.isLetter) == true || (next == UInt8(ascii: "/") && byte(at: index + 2).map(Self.isLetter) == true) {
                return tag(from: start)
            }
            if starts(with: "<!--") {
                skipComment()
            } else if next == UInt8(ascii: "!") || next == UInt8(ascii: "?") || next == UInt8(ascii: "/") {
                skip(past: UInt8(ascii: ">"))
            } else {
                index += 1
            }
        }
        return nil
    }

    /// Reads a start or end tag from its `<`; an end tag's attributes are read too, since they can hold `>`.
    private mutating func tag(from start: Int) -> Token {
        index = start + 1
        let isEnd = bytes[index] == UInt8(ascii: "/")
        if isEnd { index += 1 }
        let name = Self.lowercased(takeWhile { !Self.isSpace($0) && $0 != UInt8(ascii: "/") && $0 != UInt8(ascii: ">") })
        var attributes: [(String, String)] = []
        while true {
            _ = takeWhile { Self.isSpace($0) || $0 == UInt8(ascii: "/") }
            guard let current = byte(at: index) else { return .unterminated }
            if current == UInt8(ascii: ">") {
                index += 1
                return isEnd ? .endTag : .startTag(HTMLStartTag(name: name, offset: start, attributes: attributes))
            }
            // The first byte may be `=`, which the standard then takes as part of the name.
            index += 1
            let rest = takeWhile { !Self.isSpace($0) && $0 != UInt8(ascii: "/") && $0 != UInt8(ascii: ">") && $0 != UInt8(ascii: "=") }
            let attributeName = Self.lowercased([current] + rest)
            _ = takeWhile(Self.isSpace)
            guard byte(at: index) == UInt8(ascii: "=") else {
                attributes.append((attributeName, ""))
                continue
            }
            index += 1
            _ = takeWhile(Self.isSpace)
            guard let first = byte(at: index) else { return .unterminated }
            let raw: [UInt8]
            if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
                index += 1
                raw = takeWhile { $0 != first }
                guard byte(at: index) == first else { return .unterminated }
                index += 1
            } else {
                raw = takeWhile { !Self.isSpace($0) && $0 != UInt8(ascii: ">") }
            }
            attributes.append((attributeName, CharacterReferences.decodeAttributeValue(String(decoding: raw, as: UTF8.self))))
        }
    }

    /// Steps over a comment from its `<!--`: `<!-->` and `<!--->` are empty comments, otherwise it ends
    /// at the first `-->` or `--!>`, or at the end of the text.
    private mutating func skipComment() {
        index += 4
        if starts(with: ">") || starts(with: "->") {
            skip(past: UInt8(ascii: ">"))
            return
        }
        while index < bytes.count && !starts(with: "-->") && !starts(with: "--!>") { index += 1 }
        skip(past: UInt8(ascii: ">"))
    }

    private mutating func skip(past byte: UInt8) {
        while index < bytes.count && bytes[index] != byte { index += 1 }
        index = min(index + 1, bytes.count)
    }

    private mutating func takeWhile(_ accept: (UInt8) -> Bool) -> [UInt8] {
        let start = index
        while index < bytes.count && accept(bytes[index]) { index += 1 }
        return Array(bytes[start..<index])
    }

    private func byte(at position: Int) -> UInt8? {
        position < bytes.count ? bytes[position] : nil
    }

    private func starts(with text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        return (0..<count).allSatisfy { bytes[index + $0] == text.utf8Start[$0] }
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z")
    }

    /// HTML's whitespace: tab, line feed, form feed, carriage return and space.
    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D || byte == 0x20
    }

    private static func lowercased(_ bytes: [UInt8]) -> String {
        String(decoding: bytes.map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") ? $0 | 0x20 : $0 }, as: UTF8.self)
    }
}
