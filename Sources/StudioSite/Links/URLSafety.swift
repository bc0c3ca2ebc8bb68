/// Decides which URLs may be written into a page.
///
/// Links may use the `http:`, `https:` and `mailto:` schemes and nothing else (`javascript:`,
/// `vbscript:`, `file:`, `data:` and every scheme a browser might hand to another program are never
/// written); images may also use `data:` for PNG, GIF, JPEG and WebP. Browsers ignore tabs and line
/// breaks inside a URL and its letter case, so those are removed before the scheme is read.
enum URLSafety {
    private static let allowedSchemes: Set<String> = ["http", "https", "mailto"]
    private static let safeImageData = ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"]

    /// The URL scheme in lowercase (`https`, `mailto`), or nil for a relative URL.
    static func scheme(of url: String) -> String? {
        var scheme: [UInt8] = []
        var sawColon = false
        for byte in url.utf8 {
            if byte <= 0x20 { continue }  // browsers skip spaces, tabs and line breaks
            if byte == UInt8(ascii: ":") {
                sawColon = true
                break
            }
            let letter = (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
            let other = (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == 0x2B || byte == 0x2D || byte == 0x2E
            guard letter || (other && !scheme.isEmpty) else { return nil }
            scheme.append(letter ? byte | 0x20 : byte)
        }
        guard sawColon, !scheme.isEmpty else { return nil }
        return String(decoding: scheme, as: UTF8.self)
    }

    /// Whether a link (or, with `isImage`, an image source) may be written.
    static func isAllowed(_ url: String, isImage: Bool) -> Bool {
        guard let scheme = scheme(of: url), !allowedSchemes.contains(scheme) else { return true }
        let cleaned = normalized(url)
        return isImage && safeImageData.contains { cleaned.hasPrefix($0) }
    }

    /// Lowercased, without the spaces and control characters browsers skip inside URLs.
    private static func normalized(_ text: String) -> String {
        String(String.UnicodeScalarView(text.lowercased().unicodeScalars.filter { $0.value > 0x20 }))
    }
}
