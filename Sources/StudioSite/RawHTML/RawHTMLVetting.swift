/// Judges the raw HTML a page lets through with `unsafe_html: true`.
///
/// The page's author is trusted with markup, styles and scripts, but no URL in the markup may do what a
/// Markdown link may not: every URL-bearing attribute (``urlAttributes``) must hold a URL that
/// ``URLSafety/isAllowed(_:isImage:)`` accepts (http, https, mailto, relative, or a PNG, GIF, JPEG or WebP
/// `data:` image), and no other attribute may hold a `javascript:` or `vbscript:` URL either (SVG
/// `<set to>`, a refresh's `content`). Values are decoded as a browser decodes them
/// (``CharacterReferences``) before they are judged. Markup that ends inside a tag is refused too,
/// since the page's next markup would be read as part of that tag.
enum RawHTMLVetting {
    /// One problem: where in the raw HTML (UTF-8 bytes from its start) and what.
    struct Problem: Equatable {
        let offset: Int
        let message: String
    }

    /// The attributes whose value is a URL (or, for `srcset`, a list of them).
    static let urlAttributes: Set<String> = [
        "href", "xlink:href", "src", "srcset", "imagesrcset", "data", "action", "formaction", "poster", "background",
        "cite", "longdesc", "lowsrc", "dynsrc", "codebase", "archive", "manifest", "icon", "ping", "usemap",
    ]

    static func problems(in html: String) -> [Problem] {
        let scan = HTMLTagScanner.scan(html)
        var problems: [Problem] = []
        for tag in scan.tags {
            for (name, value) in tag.attributes {
                if let scheme = refusedScheme(attribute: name, value: value) {
                    problems.append(
                        Problem(offset: tag.offset, message: "raw HTML contains a '\(scheme)' URL in '\(name)', which is never published")
                    )
                }
            }
        }
        if scan.endsInsideTag {
            problems.append(Problem(offset: html.utf8.count, message: "raw HTML ends inside a tag (a '>' or a closing quote is missing)"))
        }
        return problems
    }

    /// The scheme of a refused URL in an attribute (`javascript:`, `data:text/html`), or nil.
    private static func refusedScheme(attribute: String, value: String) -> String? {
        if urlAttributes.contains(attribute) {
            let urls = attribute.hasSuffix("srcset") ? candidateURLs(ofSourceSet: value) : [value]
            return urls.first { !URLSafety.isAllowed($0, isImage: true) }.map(describe)
        }
        let cleaned = String(String.UnicodeScalarView(value.lowercased().unicodeScalars.filter { $0.value >= 0x20 }))
        return ["javascript:", "vbscript:"].first { cleaned.contains($0) }
    }

    /// The URLs of a `srcset`: each candidate is a URL, then descriptors, separated by commas.
    private static func candidateURLs(ofSourceSet value: String) -> [String] {
        var urls: [String] = []
        var rest = Substring(value)
        while true {
            rest = rest.drop { $0.isWhitespace || $0 == "," }
            guard !rest.isEmpty else { return urls }
            let url = rest.prefix { !$0.isWhitespace }
            rest = rest[url.endIndex...]
            if url.hasSuffix(",") {
                urls.append(String(url.reversed().drop { $0 == "," }.reversed()))
                continue
            }
            urls.append(String(url))
            var depth = 0
            rest = rest.drop { character in
                if character == "(" { depth += 1 } else if character == ")" { depth = max(0, depth - 1) }
                return !(character == "," && depth == 0)
            }
        }
    }

    /// How a refused URL is named in a message: its scheme, and for `data:` its media type.
    private static func describe(_ url: String) -> String {
        let scheme = URLSafety.scheme(of: url) ?? ""
        guard scheme == "data" else { return scheme + ":" }
        let cleaned = String(String.UnicodeScalarView(url.lowercased().unicodeScalars.filter { $0.value > 0x20 }))
        return String(cleaned.prefix { $0 != ";" && $0 != "," })
    }
}
