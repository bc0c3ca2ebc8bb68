/// Where a page comes from in `content/` and where it is written in the site.
///
/// `guides/setup.md` is served at `guides/setup/` (written to `guides/setup/index.html`);
/// a section's `_index.md` (or `index.md`) is served at its folder, `guides/`; the root `_index.md` is the home page.
struct PagePath: Sendable, Hashable, Comparable {
    /// The Markdown file relative to `content/`, with `/` separators.
    let source: String
    /// The folder of the source file relative to `content/` ("" at the root).
    let sourceFolder: String
    /// The page's URL path relative to the site root: "" for home, otherwise ending with "/".
    let urlPath: String
    /// Whether the file is its folder's own page (`_index.md` or `index.md`).
    let isSectionIndex: Bool

    init(source: String) {
        self.source = source
        let slash = source.utf8.lastIndex(of: UInt8(ascii: "/"))
        sourceFolder = slash.map { String(source[..<$0]) } ?? ""
        let fileName = slash.map { source[source.utf8.index(after: $0)...] } ?? source[...]
        let stem = fileName.utf8.count >= 3 && fileName.utf8.suffix(3).elementsEqual(".md".utf8) ? fileName.dropLast(3) : fileName
        isSectionIndex = stem == "_index" || stem == "index"
        let folderURL = sourceFolder.isEmpty ? "" : sourceFolder + "/"
        urlPath = isSectionIndex ? folderURL : folderURL + stem + "/"
    }

    /// The file written for the page, relative to the output folder.
    var outputFile: String { urlPath + "index.html" }

    /// The user-facing path of the source, for diagnostics.
    var displayPath: String { "content/" + source }

    static func < (a: PagePath, b: PagePath) -> Bool { a.source < b.source }
}
