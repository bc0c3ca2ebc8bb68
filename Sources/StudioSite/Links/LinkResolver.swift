import Foundation

/// Resolves the links and images of one page: what they point at and the relative URL to write.
///
/// Relative paths are read against the page's folder in `content/`: `../pricing.md#plans` is the
/// Pricing page's `plans` heading, `shot.png` a file beside the page. Paths starting with `/` are
/// read from the root of `content/`; paths ending in `/`, and the path of a section's folder
/// (`guides`), name a page by its URL path.
struct LinkResolver: Sendable {
    let page: PagePath
    /// The folders of `content/` that are sections (``ContentInventory/sections``).
    let sections: Set<String>

    func resolve(_ destination: String, isImage: Bool) -> ResolvedLink {
        if URLSafety.scheme(of: destination) != nil {
            guard URLSafety.isAllowed(destination, isImage: isImage) else { return ResolvedLink(target: .blocked, href: nil) }
            return ResolvedLink(target: .external, href: destination)
        }
        if destination.hasPrefix("//") { return ResolvedLink(target: .external, href: destination) }
        var path = Substring(destination)
        var fragment: String?
        if let hash = path.utf8.firstIndex(of: UInt8(ascii: "#")) {
            fragment = Self.percentDecoded(path[path.index(after: hash)...])
            path = path[..<hash]
        }
        var query = ""
        if let mark = path.utf8.firstIndex(of: UInt8(ascii: "?")) {
            query = String(path[mark...])
            path = path[..<mark]
        }
        let decoded = Self.percentDecoded(path)
        if (decoded + (fragment ?? "")).unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            return ResolvedLink(target: .controlCharacter, href: nil)
        }
        if decoded.isEmpty {
            return ResolvedLink(target: .page(urlPath: page.urlPath, fragment: fragment), href: query + suffix(fragment))
        }
        let base = decoded.hasPrefix("/") ? "" : page.sourceFolder + "/"
        guard let resolved = SitePath.normalize(base + decoded) else { return ResolvedLink(target: .outside, href: nil) }
        let namesFolder = resolved.hasSuffix(".md") || resolved.hasSuffix("/") || resolved.isEmpty
        let lookup = namesFolder ? nil : resolved
        if namesFolder || sections.contains(resolved) {
            let urlPath =
                resolved.hasSuffix(".md")
                ? PagePath(source: resolved).urlPath : (resolved.isEmpty || resolved.hasSuffix("/") ? resolved : resolved + "/")
            let href = SitePath.relative(fromURLPath: page.urlPath, to: urlPath + "index.html")
            return ResolvedLink(
                target: .page(urlPath: urlPath, fragment: fragment),
                href: href + query + suffix(fragment),
                sectionLookup: lookup
            )
        }
        let href = SitePath.relative(fromURLPath: page.urlPath, to: resolved)
        return ResolvedLink(target: .file(path: resolved), href: href + query + suffix(fragment), sectionLookup: lookup)
    }

    /// `%20` and the like decoded; most links have none, so they skip Foundation's decoder.
    private static func percentDecoded(_ text: Substring) -> String {
        text.utf8.contains(UInt8(ascii: "%")) ? (text.removingPercentEncoding ?? String(text)) : String(text)
    }

    private func suffix(_ fragment: String?) -> String {
        fragment.map { "#" + SitePath.encodedFragment($0) } ?? ""
    }
}
