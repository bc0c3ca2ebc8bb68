/// The pages arranged as the content tree: sections with children ordered by weight, and a reading order.
///
/// A folder with pages but no `_index.md` gets a generated section page, so every page has a parent
/// up to the home page. Children are ordered by weight (unweighted last), then title (ignoring letter case), then path.
struct SiteTree: Sendable {
    /// Every page; a page's index here is its id.
    let pages: [Page]
    /// Page ids by URL path.
    let idByURL: [String: Int]
    /// The ordered child ids of each section page.
    let children: [Int: [Int]]
    /// The section page each page belongs to (nil for home).
    let parent: [Int?]
    /// Page ids in reading order: a section, then its children, depth first.
    let readingOrder: [Int]
    /// Each page's position in ``readingOrder``.
    let readingPosition: [Int]
    /// Shared by every tree with the same pages at the same ids in the same order (``replacing(_:)``), so
    /// that two trees of one shape are told apart from others at once.
    let shape: Shape

    /// The identity of a tree's shape.
    final class Shape: Sendable {}

    /// The home page's id.
    let home: Int

    /// The kind of a page, which picks its default layout: `home`, `section` or `page`.
    func kind(of id: Int) -> String {
        id == home ? "home" : (pages[id].path.isSectionIndex ? "section" : "page")
    }

    init(pages rendered: [Page], diagnostics: inout DiagnosticList) {
        var pages: [Page] = []
        var idByURL: [String: Int] = [:]
        for page in rendered {
            if let other = idByURL[page.path.urlPath] {
                diagnostics.error(
                    SourceLocation(file: page.path.displayPath),
                    "\(pages[other].path.displayPath) is published at the same URL '/\(page.path.urlPath)'"
                )
                continue
            }
            idByURL[page.path.urlPath] = pages.count
            pages.append(page)
        }
        for folder in Self.folders(of: pages) where idByURL[folder.isEmpty ? "" : folder + "/"] == nil {
            idByURL[folder.isEmpty ? "" : folder + "/"] = pages.count
            pages.append(.generatedSection(folder: folder))
        }
        var parent: [Int?] = Array(repeating: nil, count: pages.count)
        var children: [Int: [Int]] = [:]
        for (id, page) in pages.enumerated() where !page.path.urlPath.isEmpty {
            let folder = page.path.isSectionIndex ? Self.parentFolder(of: page.path.sourceFolder) : page.path.sourceFolder
            let parentID = idByURL[folder.isEmpty ? "" : folder + "/"]!
            parent[id] = parentID
            children[parentID, default: []].append(id)
        }
        let keys = pages.map { ($0.frontMatter.weight ?? Int.max, $0.title.lowercased(), $0.path.source) }
        for (section, ids) in children {
            children[section] = ids.sorted { keys[$0] < keys[$1] }
        }
        self.pages = pages
        self.idByURL = idByURL
        self.parent = parent
        self.children = children
        var order: [Int] = []
        func visit(_ id: Int) {
            order.append(id)
            children[id]?.forEach(visit)
        }
        visit(idByURL[""]!)
        readingOrder = order
        var position = Array(repeating: 0, count: pages.count)
        for (index, id) in order.enumerated() { position[id] = index }
        readingPosition = position
        home = idByURL[""]!
        shape = Shape()
    }

    private init(copying tree: SiteTree, pages: [Page]) {
        self.pages = pages
        idByURL = tree.idByURL
        children = tree.children
        parent = tree.parent
        readingOrder = tree.readingOrder
        readingPosition = tree.readingPosition
        home = tree.home
        shape = tree.shape
    }

    /// This tree with pages replaced by new versions of themselves (by id), when each keeps its path and
    /// its place among its section's children; nil when a new weight or title would reorder a section.
    func replacing(_ replacements: [Int: Page]) -> SiteTree? {
        var pages = self.pages
        var sections: Set<Int> = []
        for (id, page) in replacements {
            let old = pages[id]
            guard page.path == old.path, !old.isGenerated else { return nil }
            pages[id] = page
            if page.frontMatter.weight != old.frontMatter.weight || page.title != old.title, let section = parent[id] { sections.insert(section) }
        }
        for section in sections {
            let ids = children[section]!
            let keys = ids.map { (pages[$0].frontMatter.weight ?? Int.max, pages[$0].title.lowercased(), pages[$0].path.source) }
            guard zip(keys, keys.dropFirst()).allSatisfy({ $0 < $1 }) else { return nil }
        }
        return SiteTree(copying: self, pages: pages)
    }

    /// The section pages from home down to the page's parent.
    func ancestors(of id: Int) -> [Int] {
        var chain: [Int] = []
        var current = parent[id]
        while let section = current {
            chain.append(section)
            current = parent[section]
        }
        return chain.reversed()
    }

    /// The folder of every page and every folder above it, including the root ("").
    private static func folders(of pages: [Page]) -> [String] {
        var folders: Set<String> = [""]
        for page in pages {
            var folder = page.path.sourceFolder
            while !folder.isEmpty, folders.insert(folder).inserted {
                folder = parentFolder(of: folder)
            }
        }
        return folders.sorted()
    }

    private static func parentFolder(of folder: String) -> String {
        folder.lastIndex(of: "/").map { String(folder[..<$0]) } ?? ""
    }
}
