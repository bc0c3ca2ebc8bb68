import Foundation
import StudioConcurrency

/// The search index, `search-index.js`: one entry per page in reading order, as a script that sets
/// `window.PRODUCTSTUDIO_SEARCH`, so the search page can load it with a `<script>` tag, which works from
/// `file://` where `fetch` of a local file does not.
///
/// Each entry is encoded on its own (``encoded(_:)``), so that after an edit only the entries of the pages
/// that changed are encoded again; the script is the entries joined, the same JSON as one array.
enum SearchIndex {
    /// One entry of the search index.
    struct Entry: Encodable, Sendable, Equatable {
        /// Title.
        let t: String
        /// URL relative to the site root.
        let u: String
        /// Section title.
        let s: String
        /// Description.
        let d: String
        /// Headings, joined by " · ".
        let h: String
        /// The start of the page's text.
        let x: String
    }

    /// The entry of a page.
    static func entry(for id: Int, in tree: SiteTree) -> Entry {
        let page = tree.pages[id]
        return Entry(
            t: page.title,
            u: SitePath.encoded(page.path.outputFile),
            s: tree.parent[id].map { tree.pages[$0].title } ?? "",
            d: page.frontMatter.description ?? "",
            h: page.rendered.headings.map(\.text).joined(separator: " · "),
            x: page.rendered.excerpt
        )
    }

    /// Each entry as JSON made safe inside a `<script>` element (``HTML/scriptSafe(_:)``), encoded in
    /// chunks on all cores.
    static func encoded(_ entries: [Entry]) -> [String] {
        let chunkSize = 500
        let chunks = stride(from: 0, to: entries.count, by: chunkSize).map { Array(entries[$0..<min(entries.count, $0 + chunkSize)]) }
        return chunks.parallelMap { chunk -> [String] in
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            return chunk.map { entry in
                let json = (try? encoder.encode(entry)) ?? Data("{}".utf8)
                return HTML.scriptSafe(String(decoding: json, as: UTF8.self))
            }
        }.flatMap { $0 }
    }

    /// The script holding the encoded entries, in order, as UTF-8.
    static func script(_ encodedEntries: [String]) -> [UInt8] {
        let (head, tail) = ("window.PRODUCTSTUDIO_SEARCH = [".utf8, "];\n".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(encodedEntries.reduce(head.count + tail.count) { $0 + $1.utf8.count + 1 })
        bytes += head
        for (index, entry) in encodedEntries.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes += entry.utf8
        }
        return bytes + tail
    }
}
