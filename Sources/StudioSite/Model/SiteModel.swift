import Foundation

/// A site whose pages are read, arranged and checked: everything its files are rendered from.
///
/// Made from ``SiteSources``. Made again with the previous model, it checks again only the links that can
/// read differently (those of pages that changed, and those pointing at a page whose headings or
/// publication changed or at a content file that came or went) and claims the output paths again only when
/// the files of the site changed.
struct SiteModel: Sendable {
    let sources: SiteSources
    let baseURL: String
    let tree: SiteTree
    let navigation: NavigationBuilder
    let context: PageContext
    /// The layout template of each page.
    let layouts: [String]
    /// Old URL paths and the page each redirects to.
    let aliases: [(urlPath: String, page: Int)]
    /// What links are checked against.
    let checker: LinkChecker
    /// The broken links of each published page, by its path in `content/`.
    let linkProblems: [String: DiagnosticList]
    /// What claiming the output paths found.
    let claimDiagnostics: DiagnosticList
    /// Every finding, errors and warnings, sorted by place.
    let diagnostics: [SiteDiagnostic]

    /// Whether the site may be published: no errors.
    var succeeded: Bool { !diagnostics.contains { $0.severity == .error } }

    /// The outcome of checking: a model, or only findings when there is not a page to build.
    enum Outcome {
        case checked(SiteModel)
        case noPages([SiteDiagnostic])
    }

    /// Arranges and checks the sources.
    /// - Parameter previous: the model made before from earlier sources, whose link checks and output
    ///   claims are reused where nothing they read changed.
    static func check(_ sources: SiteSources, previous: SiteModel? = nil, baseURL: String) -> Outcome {
        var diagnostics = sources.diagnostics
        let pages = sources.inventory.pages.compactMap { sources.pages[$0]!.page }
        guard !pages.isEmpty else {
            diagnostics.error(SourceLocation(file: "content"), "no pages to build")
            return .noPages(diagnostics.items.sorted())
        }
        return .checked(SiteModel(sources: sources, pages: pages, previous: previous, baseURL: baseURL, diagnostics: diagnostics))
    }

    private init(sources: SiteSources, pages: [Page], previous: SiteModel?, baseURL: String, diagnostics found: DiagnosticList) {
        var diagnostics = found
        self.sources = sources
        self.baseURL = baseURL
        let tree = SiteTree(pages: pages, diagnostics: &diagnostics)
        self.tree = tree
        var unpublished: [String: LinkChecker.Unpublished] = [:]
        for (source, loaded) in sources.pages {
            if let reason = loaded.unpublished { unpublished[PagePath(source: source).urlPath] = reason }
        }
        checker = LinkChecker(tree: tree, files: Set(sources.inventory.staticFiles), unpublished: unpublished)
        linkProblems = Self.checkLinks(checker, previous: previous)
        for page in tree.pages { diagnostics.append(contentsOf: linkProblems[page.path.source]!) }
        let related = Self.relatedPages(tree, sections: sources.inventory.sections, diagnostics: &diagnostics)
        navigation = NavigationBuilder(tree: tree)
        if let previous, previous.claimsStillHold(for: tree, sources: sources) {
            (aliases, claimDiagnostics) = (previous.aliases, previous.claimDiagnostics)
        } else {
            var claimed = DiagnosticList()
            aliases = Self.claimOutputs(
                tree,
                navigation: navigation,
                assets: sources.assets,
                contentFiles: sources.inventory.staticFiles,
                diagnostics: &claimed
            )
            claimDiagnostics = claimed
        }
        diagnostics.append(contentsOf: claimDiagnostics)
        layouts = Self.layoutNames(tree, templates: sources.templates, diagnostics: &diagnostics)
        context = PageContext(tree: tree, navigation: navigation, baseURL: baseURL, assets: sources.assets, related: related)
        self.diagnostics = diagnostics.items.sorted()
    }

    /// The broken links of every page: checked again only for pages that changed and pages with a link to
    /// a page whose publication, file or headings changed, or to a content file that came or went.
    private static func checkLinks(_ checker: LinkChecker, previous: SiteModel?) -> [String: DiagnosticList] {
        let tree = checker.tree
        guard let previous else {
            return Dictionary(uniqueKeysWithValues: zip(tree.pages.map(\.path.source), checker.problems()))
        }
        let old = previous.tree
        var changedPages: Set<String> = []
        for page in tree.pages {
            guard let id = old.idByURL[page.path.urlPath] else {
                changedPages.insert(page.path.urlPath)
                continue
            }
            let before = old.pages[id]
            if before !== page, before.path != page.path || before.isGenerated != page.isGenerated
                || !before.rendered.headings.map(\.id).elementsEqual(page.rendered.headings.map(\.id))
            {
                changedPages.insert(page.path.urlPath)
            }
        }
        for page in old.pages where tree.idByURL[page.path.urlPath] == nil { changedPages.insert(page.path.urlPath) }
        let oldChecker = previous.checker
        for (urlPath, reason) in checker.unpublished where oldChecker.unpublished[urlPath] != reason { changedPages.insert(urlPath) }
        for urlPath in oldChecker.unpublished.keys where checker.unpublished[urlPath] == nil { changedPages.insert(urlPath) }
        let changedFiles = checker.files.symmetricDifference(oldChecker.files)
        var problems = previous.linkProblems
        if tree.pages.count != old.pages.count || problems.count != tree.pages.count {
            let current = Set(tree.pages.map(\.path.source))
            problems = problems.filter { current.contains($0.key) }
        }
        let stale = tree.pages.filter { page in
            let before = old.idByURL[page.path.urlPath].map { old.pages[$0] }
            guard let before, before.isSame(as: page), problems[page.path.source] != nil else { return true }
            guard !changedPages.isEmpty || !changedFiles.isEmpty else { return false }
            return page.rendered.links.contains { link in
                switch link.resolved.target {
                case .page(let urlPath, _): changedPages.contains(urlPath)
                case .file(let path): changedFiles.contains(path)
                default: false
                }
            }
        }
        for (page, found) in zip(stale, stale.parallelMap(checker.problems(of:))) { problems[page.path.source] = found }
        return problems
    }

    /// Whether the output claims made for this model hold for a new tree: the same pages at the same ids
    /// with the same aliases, the same number of listing pages, the same content files and theme assets.
    private func claimsStillHold(for tree: SiteTree, sources: SiteSources) -> Bool {
        guard tree.pages.count == self.tree.pages.count, sources.inventory.staticFiles == self.sources.inventory.staticFiles,
            sources.assets.published == self.sources.assets.published
        else { return false }
        for (old, new) in zip(self.tree.pages, tree.pages) {
            guard old.path == new.path, old.isGenerated == new.isGenerated, old.frontMatter.aliases == new.frontMatter.aliases else {
                return false
            }
        }
        return self.tree.children.mapValues(\.count) == tree.children.mapValues(\.count)
    }

    /// The ids of each page's `related` pages; a path that is not a page is an error at its line.
    private static func relatedPages(_ tree: SiteTree, sections: Set<String>, diagnostics: inout DiagnosticList) -> [[Int]] {
        tree.pages.map { page in
            page.frontMatter.related.compactMap { entry in
                let resolved = LinkResolver(page: page.path, sections: sections).resolve(entry.value, isImage: false)
                if case .page(let urlPath, _) = resolved.target, let id = tree.idByURL[urlPath] { return id }
                diagnostics.error(
                    SourceLocation(file: page.path.displayPath, line: entry.line),
                    "broken related page '\(entry.value)'"
                )
                return nil
            }
        }
    }

    /// The layout template of each page. A missing `layout:` template is an error at that line; a
    /// missing default layout is one error at the template's path, with the number of pages that need it.
    private static func layoutNames(_ tree: SiteTree, templates: TemplateSet, diagnostics: inout DiagnosticList) -> [String] {
        var neededButMissing = ["layouts/search": 1, "layouts/404": 1].filter { !templates.has($0.key) }
        let names = tree.pages.enumerated().map { id, page in
            if let layout = page.frontMatter.layout {
                let name = "layouts/" + layout.value
                if !templates.has(name) {
                    diagnostics.error(
                        SourceLocation(file: page.path.displayPath, line: layout.line),
                        "missing template '\(name)' (templates/\(name).mustache)"
                    )
                }
                return name
            }
            let kind = tree.kind(of: id)
            let candidates = kind == "home" ? ["layouts/home", "layouts/section"] : ["layouts/\(kind)"]
            guard let name = candidates.first(where: templates.has) else {
                neededButMissing[candidates.last!, default: 0] += 1
                return candidates.last!
            }
            return name
        }
        for (name, count) in neededButMissing.sorted(by: { $0.key < $1.key }) {
            diagnostics.error(
                SourceLocation(file: "templates/\(name).mustache"),
                "missing template '\(name)', needed by \(count) page\(count == 1 ? "" : "s")"
            )
        }
        return names
    }
}
