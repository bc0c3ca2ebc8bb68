/// The files of `content/` (a ``SourceFolder``), sorted into kinds.
///
/// `content/data/*.yml` (and `*.yaml`) files are data sets, and are published as they are too; `.md`
/// files are pages; every other file is copied into the site as it is.
struct ContentInventory: Sendable {
    /// Markdown pages, relative to `content/`.
    var pages: [String] = []
    /// Data set files, relative to `content/`.
    var dataFiles: [String] = []
    /// Files copied as they are, relative to `content/`.
    var staticFiles: [String] = []
    /// The folders that are sections, relative to `content/` without a trailing `/`: every folder that
    /// holds a page, and every folder above one.
    var sections: Set<String> = []
    /// What the listing found: links that leave the source folder, unreadable names, skipped entries.
    let listing: SourceFolder

    /// The index in ``pages`` of the page at `path` (relative to `content/`), found by binary search:
    /// pages are listed in sorted order.
    func index(ofPage path: Substring) -> Int? {
        var (low, high) = (0, pages.count)
        while low < high {
            let middle = (low + high) / 2
            if pages[middle] < path { low = middle + 1 } else { high = middle }
        }
        return low < pages.count && pages[low] == path ? low : nil
    }

    /// - Throws: ``BuildError/fileSystem(_:path:code:)`` when `folder` itself cannot be listed.
    init(folder: String, sourceRoot: String) throws(BuildError) {
        listing = try SourceFolder(folder: folder, sourceRoot: sourceRoot)
        for path in listing.files {
            if path.hasPrefix("data/") && (path.hasSuffix(".yml") || path.hasSuffix(".yaml")) && !path.dropFirst(5).contains("/") {
                dataFiles.append(path)
                staticFiles.append(path)
            } else if path.hasSuffix(".md") {
                pages.append(path)
                var folder = Substring(path)
                while let slash = folder.lastIndex(of: "/") {
                    folder = folder[..<slash]
                    guard sections.insert(String(folder)).inserted else { break }
                }
            } else {
                staticFiles.append(path)
            }
        }
    }
}
