import Foundation

/// Makes each file of a checked site: the pages through their layouts, the search page and index, the
/// not-found page, alias redirects, the sitemap, `robots.txt`, and the theme's assets and content files
/// (copied as they are).
///
/// Shared by ``SiteBuilder``, which writes the files, and ``LiveSite``, which keeps them in memory, so
/// that both make every file the same way.
struct SiteRenderer: Sendable {
    let model: SiteModel

    /// Every file of the site, in a fixed order: the builder's own files, the pages and their listing
    /// pages, aliases, theme assets and content files.
    var files: [OutputFile] {
        let navigation = model.navigation
        let views = model.tree.pages.indices.flatMap { id in
            (1...navigation.listingCount(of: id)).map { OutputFile.view(page: id, listing: $0) }
        }
        let assets = model.sources.assets.published.sorted { $0.key < $1.key }.map { OutputFile.asset(source: $0.key, target: $0.value) }
        return BuilderFile.allCases.map(OutputFile.builder) + views + model.aliases.indices.map(OutputFile.alias)
            + assets + model.sources.inventory.staticFiles.map(OutputFile.contentFile)
    }

    /// The file's path in the output.
    func path(of file: OutputFile) -> String {
        switch file {
        case .view(let page, let listing): model.navigation.listingURLPath(of: page, number: listing) + "index.html"
        case .builder(let file): file.path
        case .alias(let index): model.aliases[index].urlPath + "index.html"
        case .asset(_, let target): target
        case .contentFile(let path): path
        }
    }

    /// The layout template a page or builder page is rendered through; nil for other files.
    func layout(of file: OutputFile) -> String? {
        switch file {
        case .view(let page, _): model.layouts[page]
        case .builder(.searchPage): "layouts/search"
        case .builder(.notFound): "layouts/404"
        default: nil
        }
    }

    /// What the file holds.
    /// - Parameters:
    ///   - file: the file to make.
    ///   - reading: gets what a page read of other pages (``ViewDependencies``).
    /// - Returns: The text or bytes made, or the source file to copy.
    func contents(of file: OutputFile, reading: inout ViewDependencies) -> OutputContents {
        let context = model.context
        switch file {
        case .view(let page, let listing):
            return .text(
                model.sources.templates.render(context.values(for: page, listing: listing, reading: &reading), template: model.layouts[page])
            )
        case .builder(.searchIndex):
            let tree = model.tree
            return .bytes(SearchIndex.script(SearchIndex.encoded(tree.readingOrder.map { SearchIndex.entry(for: $0, in: tree) })))
        case .builder(.searchPage):
            let search = context.values(
                title: "Search",
                description: "Search the \(context.siteTitle) pages.",
                urlPath: "search/",
                root: "../",
                reading: &reading
            )
            return .text(model.sources.templates.render(search, template: "layouts/search"))
        case .builder(.notFound):
            let notFoundRoot = URL(string: model.baseURL)?.path ?? "/"
            let notFound = context.values(
                title: "Page not found",
                description: "The page you asked for does not exist.",
                urlPath: "404.html",
                root: notFoundRoot.hasSuffix("/") ? notFoundRoot : notFoundRoot + "/",
                reading: &reading
            )
            return .text(model.sources.templates.render(notFound, template: "layouts/404"))
        case .builder(.sitemap):
            let tree = model.tree
            return .text(SiteFiles.sitemap(urls: tree.readingOrder.map { model.baseURL + SitePath.encoded(tree.pages[$0].path.urlPath) }))
        case .builder(.robots):
            return .text(SiteFiles.robots(baseURL: model.baseURL))
        case .alias(let index):
            let alias = model.aliases[index]
            let page = model.tree.pages[alias.page].path
            let target = SitePath.relative(fromURLPath: alias.urlPath, to: page.outputFile)
            return .text(SiteFiles.redirect(to: target, canonical: model.baseURL + SitePath.encoded(page.urlPath)))
        case .asset(let source, _):
            return .copy(of: model.sources.assets.folder.appendingPathComponent(source).path)
        case .contentFile(let source):
            return .copy(of: model.sources.contentFolder.appendingPathComponent(source).path)
        }
    }
}
