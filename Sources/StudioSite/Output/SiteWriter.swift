import Foundation

/// Writes a checked site into the staging folder: pages (in parallel), the search page and index,
/// the not-found page, alias redirects, the sitemap, robots.txt, the theme's assets and content files.
struct SiteWriter: Sendable {
    let tree: SiteTree
    let templates: TemplateSet
    let context: PageContext
    /// The layout template of each page.
    let layouts: [String]
    let aliases: [(urlPath: String, page: Int)]
    let contentFolder: URL
    let staticFiles: [String]
    let assets: FingerprintedAssets
    let baseURL: String

    /// Writes the site and returns the path of every file it is made of, relative to `folder`.
    func write(into folder: URL) throws(BuildError) -> Set<String> {
        var files: [String] = []
        let navigation = context.navigation
        let views = tree.pages.indices.flatMap { id in
            (1...navigation.listingCount(of: id)).map { PageView(page: id, listing: $0) }
        }
        let viewFolders = views.map { navigation.listingURLPath(of: $0.page, number: $0.listing) }
        let copied = staticFiles + assets.published.values.sorted()
        // Parents here; each page's own folder is made by the worker that writes the page.
        let parent: (String) -> String = { $0.split(separator: "/").dropLast().joined(separator: "/") }
        let folders = viewFolders.map(parent) + aliases.map(\.urlPath) + ["search/"] + copied.map(parent)
        try FileWriter.createFolders(Set(folders), in: folder)
        let folderPath = folder.path + "/"

        let failures = Array(views.indices).parallelMap { index -> BuildError? in
            let view = views[index]
            let html = templates.render(context.values(for: view.page, listing: view.listing), template: layouts[view.page])
            do throws(BuildError) {
                if !viewFolders[index].isEmpty { try FileWriter.makeFolder(folderPath + viewFolders[index]) }
                try FileWriter.write(html, toPath: folderPath + viewFolders[index] + "index.html")
                return nil
            } catch {
                return error
            }
        }
        if let failure = failures.compactMap({ $0 }).first { throw failure }
        files += viewFolders.map { $0 + "index.html" }

        func put(_ text: String, _ path: String) throws(BuildError) {
            try FileWriter.write(text, to: folder.appendingPathComponent(path))
            files.append(path)
        }
        try put(SiteFiles.searchIndex(searchEntries()), "search-index.js")
        let search = context.values(
            title: "Search",
            description: "Search the \(context.siteTitle) pages.",
            urlPath: "search/",
            root: "../"
        )
        try put(templates.render(search, template: "layouts/search"), "search/index.html")
        let notFoundRoot = URL(string: baseURL)?.path ?? "/"
        let notFound = context.values(
            title: "Page not found",
            description: "The page you asked for does not exist.",
            urlPath: "404.html",
            root: notFoundRoot.hasSuffix("/") ? notFoundRoot : notFoundRoot + "/"
        )
        try put(templates.render(notFound, template: "layouts/404"), "404.html")
        for alias in aliases {
            let target = SitePath.relative(fromURLPath: alias.urlPath, to: tree.pages[alias.page].path.outputFile)
            try put(
                SiteFiles.redirect(to: target, canonical: baseURL + tree.pages[alias.page].path.urlPath),
                alias.urlPath + "index.html"
            )
        }
        try put(SiteFiles.sitemap(urls: tree.readingOrder.map { baseURL + tree.pages[$0].path.urlPath }), "sitemap.xml")
        try put(SiteFiles.robots(baseURL: baseURL), "robots.txt")
        for (source, target) in assets.published.sorted(by: { $0.key < $1.key }) {
            try copy(assets.folder.appendingPathComponent(source), to: target, in: folder)
            files.append(target)
        }
        for path in staticFiles {
            try copy(contentFolder.appendingPathComponent(path), to: path, in: folder)
            files.append(path)
        }
        return Set(files)
    }

    private func searchEntries() -> [SiteFiles.SearchEntry] {
        tree.readingOrder.map { id in
            let page = tree.pages[id]
            return SiteFiles.SearchEntry(
                t: page.title,
                u: page.path.outputFile,
                s: tree.parent[id].map { tree.pages[$0].title } ?? "",
                d: page.frontMatter.description ?? "",
                h: page.rendered.headings.map(\.text).joined(separator: " · "),
                x: page.rendered.excerpt
            )
        }
    }

    private func copy(_ source: URL, to path: String, in folder: URL) throws(BuildError) {
        guard let data = FileManager.default.contents(atPath: source.path) else {
            throw .io("cannot read the file", path: source.path)
        }
        try FileWriter.write(data, to: folder.appendingPathComponent(path))
    }
}

/// One HTML page to write: a page, or one listing page (2 and up) of a section with many pages.
private struct PageView: Sendable {
    let page: Int
    let listing: Int
}
