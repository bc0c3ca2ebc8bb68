import Foundation

/// The site-wide files that are not pages: `sitemap.xml`, `robots.txt` and alias redirects.
enum SiteFiles {
    /// A sitemap of every page at its public URL.
    static func sitemap(urls: [String]) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for url in urls { xml += "  <url><loc>\(HTML.escape(url))</loc></url>\n" }
        return xml + "</urlset>\n"
    }

    static func robots(baseURL: String) -> String {
        "User-agent: *\nAllow: /\nSitemap: \(baseURL)sitemap.xml\n"
    }

    /// A page that sends visitors of an old URL to the page's new one.
    static func redirect(to href: String, canonical: String) -> String {
        let target = HTML.escape(href)
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>Moved</title>
            <link rel="canonical" href="\(HTML.escape(canonical))">
            <meta name="robots" content="noindex">
            <meta http-equiv="refresh" content="0; url=\(target)">
            </head>
            <body>
            <p>This page has moved to <a href="\(target)">\(target)</a>.</p>
            </body>
            </html>

            """
    }
}

/// Escaping for text written into HTML and XML.
enum HTML {
    /// JSON made safe inside a `<script>` element: `<`, `>` and `&` (which can only be inside JSON strings)
    /// become `\u003c`, `\u003e` and `\u0026`, so no `</script>`, `<!--` or `<script` inside a value can end
    /// the element or change how the HTML parser reads it; U+2028 and U+2029 become `\u2028` and `\u2029`
    /// for older JavaScript parsers.
    ///
    /// The JSON means exactly the same.
    static func scriptSafe(_ json: String) -> String {
        let special: (UInt8) -> Bool = { $0 == 0x3C || $0 == 0x3E || $0 == 0x26 || $0 == 0xE2 }
        guard json.utf8.contains(where: special) else { return json }
        let source = Array(json.utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(source.count + 64)
        var index = 0
        while index < source.count {
            let byte = source[index]
            index += 1
            switch byte {
            case 0x3C: bytes += #"\u003c"#.utf8
            case 0x3E: bytes += #"\u003e"#.utf8
            case 0x26: bytes += #"\u0026"#.utf8
            case 0xE2 where index + 1 < source.count && source[index] == 0x80 && (source[index + 1] | 1) == 0xA9:
                bytes += (source[index + 1] == 0xA8 ? #"\u2028"# : #"\u2029"#).utf8
                index += 2
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func escape(_ text: String) -> String {
        let special: (UInt8) -> Bool = { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }
        // Most text has nothing to escape; scanning its contiguous bytes is several times faster than the view.
        let clean = text.utf8.withContiguousStorageIfAvailable { !$0.contains(where: special) } ?? !text.utf8.contains(where: special)
        guard !clean else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case 0x26: bytes += "&amp;".utf8
            case 0x3C: bytes += "&lt;".utf8
            case 0x3E: bytes += "&gt;".utf8
            case 0x22: bytes += "&quot;".utf8
            case 0x27: bytes += "&#39;".utf8
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
