import Foundation
import StudioConcurrency

/// Writes a checked site into the staging folder, every file on all cores: the pages, the search page
/// and index, the not-found page, alias redirects, the sitemap, robots.txt, the theme's assets and content files.
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
    ///
    /// Every file is one job on all cores: the pages and the site-wide files alike, the search index first,
    /// since it is the largest.
    func write(into folder: URL) throws(BuildError) -> Set<String> {
        let navigation = context.navigation
        let views = tree.pages.indices.flatMap { id in
            (1...navigation.listingCount(of: id)).map { OutputFile.view(page: id, listing: $0) }
        }
        let copied = assets.published.sorted { $0.key < $1.key }.map { OutputFile.asset(source: $0.key, target: $0.value) }
        let jobs: [OutputFile] =
            BuilderFile.allCases.map(OutputFile.builder) + views + aliases.indices.map(OutputFile.alias)
            + copied + staticFiles.map(OutputFile.contentFile)
        let paths = jobs.map(path(of:))
        // Folders are made here, before the workers start, except each page's own folder, which the
        // worker writing the page makes (it already exists when another file goes into it too).
        let folders = zip(jobs, paths).map { job, path in
            job.isView ? Self.folder(of: Self.folder(of: path)) : Self.folder(of: path)
        }
        try FileWriter.createFolders(Set(folders), in: folder)
        let folderPath = folder.path + "/"
        let failures = Array(jobs.indices).parallelMap { index -> BuildError? in
            do throws(BuildError) {
                let path = paths[index]
                let ownFolder = Self.folder(of: path)
                if jobs[index].isView, !ownFolder.isEmpty { try FileWriter.makeFolder(folderPath + ownFolder) }
                try write(jobs[index], toPath: folderPath + path)
                return nil
            } catch {
                return error
            }
        }
        if let failure = failures.compactMap({ $0 }).first { throw failure }
        return Set(paths)
    }

    /// The folder a path is in ("" at the top).
    private static func folder(of path: String) -> String {
        path.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(path[..<$0]) } ?? ""
    }

    /// The files the builder makes itself, beside the pages.
    enum BuilderFile: CaseIterable, Sendable {
        case searchIndex, searchPage, notFound, sitemap, robots

        /// The file's path in the output.
        var path: String {
            switch self {
            case .searchIndex: "search-index.js"
            case .searchPage: "search/index.html"
            case .notFound: "404.html"
            case .sitemap: "sitemap.xml"
            case .robots: "robots.txt"
            }
        }

        /// How messages name it.
        var name: String {
            switch self {
            case .searchIndex: "the search index"
            case .searchPage: "the search page"
            case .notFound: "the not-found page"
            case .sitemap: "the sitemap"
            case .robots: "the robots file"
            }
        }
    }

    /// One file of the site.
    private enum OutputFile: Sendable {
        /// A page, or one listing page (2 and up) of a section with many pages.
        case view(page: Int, listing: Int)
        case builder(BuilderFile)
        /// The redirect page of ``SiteWriter/aliases`` entry N.
        case alias(Int)
        /// A theme asset, published under its fingerprinted name.
        case asset(source: String, target: String)
        /// A file from `content/` copied as it is.
        case contentFile(String)

        var isView: Bool {
            if case .view = self { true } else { false }
        }
    }

    private func path(of file: OutputFile) -> String {
        switch file {
        case .view(let page, let listing): context.navigation.listingURLPath(of: page, number: listing) + "index.html"
        case .builder(let file): file.path
        case .alias(let index): aliases[index].urlPath + "index.html"
        case .asset(_, let target): target
        case .contentFile(let path): path
        }
    }

    private func write(_ file: OutputFile, toPath path: String) throws(BuildError) {
        switch file {
        case .view(let page, let listing):
            try FileWriter.write(templates.render(context.values(for: page, listing: listing), template: layouts[page]), toPath: path)
        case .builder(let builderFile): try write(builderFile, toPath: path)
        case .alias(let index):
            let alias = aliases[index]
            let target = SitePath.relative(fromURLPath: alias.urlPath, to: tree.pages[alias.page].path.outputFile)
            try FileWriter.write(SiteFiles.redirect(to: target, canonical: baseURL + SitePath.encoded(tree.pages[alias.page].path.urlPath)), toPath: path)
        case .asset(let source, _):
            try copy(assets.folder.appendingPathComponent(source), toPath: path)
        case .contentFile(let source):
            try copy(contentFolder.appendingPathComponent(source), toPath: path)
        }
    }

    private func write(_ file: BuilderFile, toPath path: String) throws(BuildError) {
        switch file {
        case .searchIndex:
            try FileWriter.write(SiteFiles.searchIndex(searchEntries()), toPath: path)
        case .searchPage:
            let search = context.values(
                title: "Search",
                description: "Search the \(context.siteTitle) pages.",
                urlPath: "search/",
                root: "../"
            )
            try FileWriter.write(templates.render(search, template: "layouts/search"), toPath: path)
        case .notFound:
            let notFoundRoot = URL(string: baseURL)?.path ?? "/"
            let notFound = context.values(
                title: "Page not found",
                description: "The page you asked for does not exist.",
                urlPath: "404.html",
                root: notFoundRoot.hasSuffix("/") ? notFoundRoot : notFoundRoot + "/"
            )
            try FileWriter.write(templates.render(notFound, template: "layouts/404"), toPath: path)
        case .sitemap:
            try FileWriter.write(SiteFiles.sitemap(urls: tree.readingOrder.map { baseURL + SitePath.encoded(tree.pages[$0].path.urlPath) }), toPath: path)
        case .robots:
            try FileWriter.write(SiteFiles.robots(baseURL: baseURL), toPath: path)
        }
    }

    private func searchEntries() -> [SiteFiles.SearchEntry] {
        tree.readingOrder.map { id in
            let page = tree.pages[id]
            return SiteFiles.SearchEntry(
                t: page.title,
                u: SitePath.encoded(page.path.outputFile),
                s: tree.parent[id].map { tree.pages[$0].title } ?? "",
                d: page.frontMatter.description ?? "",
                h: page.rendered.headings.map(\.text).joined(separator: " · "),
                x: page.rendered.excerpt
            )
        }
    }

    private func copy(_ source: URL, toPath path: String) throws(BuildError) {
        guard let data = FileManager.default.contents(atPath: source.path) else {
            throw .io("cannot read the file", path: source.path)
        }
        try FileWriter.write(data, toPath: path)
    }
}
