import Foundation

/// Every URL a built site writes into its pages, read back as a browser would read it.
struct EmittedURL: CustomStringConvertible {
    /// The file the URL is in, relative to the output folder.
    let file: String
    /// The attribute value, with character references decoded.
    let url: String

    var description: String { "\(file): \(url)" }

    /// Every `href`, `src`, `action` and refresh `url=` in the HTML files of a built site, and every page
    /// URL of the search index (which the search page puts after its root, `./` or `../`).
    static func all(in output: URL) throws -> [EmittedURL] {
        var found: [EmittedURL] = []
        let attribute = try NSRegularExpression(pattern: #"(?:href|src|action)="([^"]*)"|content="0; url=([^"]*)""#)
        let files = try SiteFixture.snapshot(of: output)
        if let script = files["search-index.js"] {
            let json = String(decoding: script, as: UTF8.self).drop { $0 != "[" }.dropLast(2)
            let entries = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: String]] ?? []
            found += entries.map { EmittedURL(file: "search/index.html", url: "../" + ($0["u"] ?? "")) }
        }
        for (file, data) in files where file.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            for match in attribute.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
                let group = match.range(at: 1).location != NSNotFound ? 1 : 2
                let value = String(html[Range(match.range(at: group), in: html)!])
                found.append(EmittedURL(file: file, url: unescaped(value)))
            }
        }
        return found.sorted { ($0.file, $0.url) < ($1.file, $1.url) }
    }

    /// The scheme a browser reads (WHATWG URL: leading controls and spaces dropped, tabs and line breaks
    /// removed anywhere), lowercased; nil for a relative URL.
    var scheme: String? {
        let cleaned = url.unicodeScalars.drop { $0.value <= 0x20 }.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }
        let text = String(String.UnicodeScalarView(cleaned))
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let candidate = text[..<colon]
        guard let first = candidate.first, first.isASCII, first.isLetter,
            candidate.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) })
        else { return nil }
        return candidate.lowercased()
    }

    /// The file a relative URL opens (its path percent-decoded and read against the page's folder,
    /// `index.html` for a folder), relative to the output folder; nil for other URLs.
    var target: String? {
        guard scheme == nil, !url.hasPrefix("//"), !url.hasPrefix("#"), !url.hasPrefix("?") else { return nil }
        var path = Substring(url)
        if let cut = path.firstIndex(where: { $0 == "#" || $0 == "?" }) { path = path[..<cut] }
        guard let decoded = String(path).removingPercentEncoding else { return nil }
        let folder = file.contains("/") ? String(file[..<file.lastIndex(of: "/")!]) : ""
        var parts = decoded.hasPrefix("/") ? [] : folder.split(separator: "/").map(String.init)
        for part in decoded.split(separator: "/", omittingEmptySubsequences: true) {
            if part == ".." { _ = parts.popLast() } else if part != "." { parts.append(String(part)) }
        }
        if decoded.hasSuffix("/") || decoded.isEmpty { parts.append("index.html") }
        return parts.joined(separator: "/")
    }

    private static func unescaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
