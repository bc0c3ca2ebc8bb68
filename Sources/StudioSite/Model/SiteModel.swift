import Foundation
import StudioConcurrency

/// A site whose pages are read, arranged and checked: everything its files are rendered from.
///
/// Made from ``SiteSources``. Made again with the previous model after an edit that only changed pages in
/// place (none came, went or moved in its section), it keeps the tree's shape, the output claims and the
/// navigation, and checks again only the links of the changed pages and the links to a changed page whose
/// headings changed. After other edits it arranges the pages anew, and still checks again only the links
/// that can read differently: those of changed pages, and those pointing at a page whose headings or
/// publication changed, or at a content file that came or went.
struct SiteModel: Sendable {
    let sources: SiteSources
    let baseURL: String
    let tree: SiteTree
    /// The tree id of each page of ``sources`` (``SiteSources/pages``), nil when it is not published.
    let treeIDs: [Int?]
    let navigation: NavigationBuilder
    let context: PageContext
    /// The layout template of each page.
    let layouts: [String]
    /// Old URL paths and the page each redirects to.
    let aliases: [(urlPath: String, page: Int)]
    /// What links are checked against.
    let checker: LinkChecker
    /// The broken links of each page, by tree id.
    let linkProblems: [DiagnosticList]
    /// What arranging the pages found (pages published at the same URL).
    let treeDiagnostics: DiagnosticList
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
    /// - Parameters:
    ///   - sources: the sources as read.
    ///   - previous: the model made before from earlier sources, whose arrangement, link checks and
    ///     output claims are reused where nothing they read changed.
    ///   - baseURL: the public URL the site is served from.
    /// - Returns: The checked model, or only the findings when there is not a page to build.
    static func check(_ sources: SiteSources, previous: SiteModel? = nil, baseURL: String) -> Outcome {
        var diagnostics = sources.diagnostics
        if let previous, let model = SiteModel(sources: sources, replacingIn: previous, diagnostics: diagnostics) {
            return .checked(model)
        }
        let pages = sources.pages.compactMap(\.page)
        guard !pages.isEmpty else {
            diagnostics.error(SourceLocation(file: "content"), "no pages to build")
            return .noPages(diagnostics.items.sorted())
        }
        return .checked(SiteModel(sources: sources, pages: pages, previous: previous, baseURL: baseURL, diagnostics: diagnostics))
    }

    /// Arranges the pages anew.
    private init(sources: SiteSources, pages: [Page], previous: SiteModel?, baseURL: String, diagnostics found: DiagnosticList) {
        var diagnostics = found
        self.sources = sources
        self.baseURL = baseURL
        var arranging = DiagnosticList()
        let tree = SiteTree(pages: pages, diagnostics: &arranging)
        self.tree = tree
        treeDiagnostics = arranging
        treeIDs = sources.pages.map { loaded in
            loaded.page.flatMap { page in tree.idByURL[page.path.urlPath].flatMap { tree.pages[$0] === page ? $0 : nil } }
        }
        var unpublished: [String: LinkChecker.Unpublished] = [:]
        for (source, loaded) in zip(sources.inventory.pages, sources.pages) {
            if let reason = loaded.unpublished { unpublished[PagePath(source: source).urlPath] = reason }
        }
        checker = LinkChecker(tree: tree, files: Set(sources.inventory.staticFiles), unpublished: unpublished)
        linkProblems = Self.checkLinks(checker, previous: previous)
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
        layouts = tree.pages.indices.map { Self.layout(of: $0, in: tree, templates: sources.templates) }
        let related = Self.relatedPages(tree, sections: sources.inventory.sections, diagnostics: &diagnostics)
        context = PageContext(tree: tree, navigation: navigation, baseURL: baseURL, assets: sources.assets, related: related)
        diagnostics.append(contentsOf: treeDiagnostics)
        diagnostics.append(contentsOf: claimDiagnostics)
        for problems in linkProblems { diagnostics.append(contentsOf: problems) }
        Self.reportLayouts(layouts, of: tree, templates: sources.templates, into: &diagnostics)
        self.diagnostics = diagnostics.items.sorted()
    }

    /// The previous model with the pages that changed in place replaced; nil when an edit added, removed,
    /// published, unpublished or reordered a page, or when the previous arrangement had errors of its own.
    private init?(sources: SiteSources, replacingIn previous: SiteModel, diagnostics found: DiagnosticList) {
        guard let reloaded = sources.reloaded, previous.treeDiagnostics.items.isEmpty,
            sources.inventory.staticFiles == previous.sources.inventory.staticFiles,
            sources.assets.published == previous.sources.assets.published
        else { return nil }
        var replacements: [Int: Page] = [:]
        for index in reloaded {
            guard let id = previous.treeIDs[index], let page = sources.pages[index].page else {
                if previous.sources.pages[index].page == nil && sources.pages[index].page == nil
                    && previous.sources.pages[index].unpublished == sources.pages[index].unpublished
                {
                    continue
                }
                return nil
            }
            guard page.frontMatter.aliases == previous.tree.pages[id].frontMatter.aliases else { return nil }
            replacements[id] = page
        }
        guard let tree = previous.tree.replacing(replacements) else { return nil }
        var diagnostics = found
        self.sources = sources
        baseURL = previous.baseURL
        self.tree = tree
        treeIDs = previous.treeIDs
        treeDiagnostics = previous.treeDiagnostics
        let checker = LinkChecker(tree: tree, files: previous.checker.files, unpublished: previous.checker.unpublished)
        self.checker = checker
        var linkProblems = previous.linkProblems
        let moved = Set(
            replacements.compactMap { id, page in
                previous.tree.pages[id].rendered.headings.map(\.id) == page.rendered.headings.map(\.id) ? nil : page.path.urlPath
            }
        )
        var stale = Set(replacements.keys)
        if !moved.isEmpty {
            for (id, page) in tree.pages.enumerated()
            where page.rendered.links.contains(where: { link in
                if case .page(let urlPath, _) = link.resolved.target { moved.contains(urlPath) } else { false }
            }) {
                stale.insert(id)
            }
        }
        let ids = Array(stale)
        for (id, problems) in zip(ids, ids.parallelMap { checker.problems(of: tree.pages[$0]) }) { linkProblems[id] = problems }
        self.linkProblems = linkProblems
        navigation = previous.navigation.replacing(replacements.keys, in: tree)
        (aliases, claimDiagnostics) = (previous.aliases, previous.claimDiagnostics)
        if sources.templates.changedNames(since: previous.sources.templates).isEmpty {
            var layouts = previous.layouts
            for id in replacements.keys { layouts[id] = Self.layout(of: id, in: tree, templates: sources.templates) }
            self.layouts = layouts
        } else {
            layouts = tree.pages.indices.map { Self.layout(of: $0, in: tree, templates: sources.templates) }
        }
        let related = Self.relatedPages(tree, sections: sources.inventory.sections, diagnostics: &diagnostics)
        context = PageContext(tree: tree, navigation: navigation, baseURL: baseURL, assets: sources.assets, related: related)
        diagnostics.append(contentsOf: claimDiagnostics)
        for problems in linkProblems { diagnostics.append(contentsOf: problems) }
        Self.reportLayouts(layouts, of: tree, templates: sources.templates, into: &diagnostics)
        self.diagnostics = diagnostics.items.sorted()
    }

    /// The broken links of every page: checked again only for pages that changed and pages with a link to
    /// a page whose publication, file or headings changed, or to a content file that came or went.
    private static func checkLinks(_ checker: LinkChecker, previous: SiteModel?) -> [DiagnosticList] {
        let tree = checker.tree
        guard let previous else { return checker.problems() }
        let old = previous.tree
        var changedPages: Set<String> = []
        for page in tree.pages {
            guard let id = old.idByURL[page.path.urlPath] else {
                changedPages.insert(page.path.urlPath)
                continue
            }
            let before = old.pages[id]
            if before !== page,
                before.path != page.path || before.isGenerated != page.isGenerated
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
        var problems: [DiagnosticList?] = tree.pages.map { page in
            guard let id = old.idByURL[page.path.urlPath], old.pages[id].isSame(as: page) else { return nil }
            let pointsAtChange = page.rendered.links.contains { link in
                switch link.resolved.target {
                case .page(let urlPath, _): changedPages.contains(urlPath)
                case .file(let path): changedFiles.contains(path)
                default: false
                }
            }
            return pointsAtChange ? nil : previous.linkProblems[id]
        }
        let stale = problems.indices.filter { problems[$0] == nil }
        for (id, found) in zip(stale, stale.parallelMap { checker.problems(of: tree.pages[$0]) }) { problems[id] = found }
        return problems.map { $0! }
    }

    /// Whether the output claims made for this model hold for a new tree: the same pages at the same ids
    /// with the same aliases, the same number of listing pages, the same content files and theme assets.
    private func claimsStillHold(for tree: SiteTree, sources: SiteSources) -> Bool {
        guard tree.pages.count == self.tree.pages.count, sources.inventory.staticFiles == self.sources.inventory.staticFiles,
            sources.assets.published == self.sources.assets.published
        else { return false }
        for (old, new) in zip(self.tree.pages, tree.pages) where old !== new {
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

    /// The layout template of a page: its `layout:`, or the default for its kind (home falls back to section).
    private static func layout(of id: Int, in tree: SiteTree, templates: TemplateSet) -> String {
        if let layout = tree.pages[id].frontMatter.layout { return "layouts/" + layout.value }
        let kind = tree.kind(of: id)
        let candidates = kind == "home" ? ["layouts/home", "layouts/section"] : ["layouts/\(kind)"]
        return candidates.first(where: templates.has) ?? candidates.last!
    }

    /// A missing `layout:` template is an error at that line; a missing default layout is one error at the
    /// template's path, with the number of pages that need it.
    private static func reportLayouts(_ layouts: [String], of tree: SiteTree, templates: TemplateSet, into diagnostics: inout DiagnosticList) {
        var neededButMissing = ["layouts/search": 1, "layouts/404": 1].filter { !templates.has($0.key) }
        for (id, name) in layouts.enumerated() where !templates.has(name) {
            if let layout = tree.pages[id].frontMatter.layout {
                diagnostics.error(
                    SourceLocation(file: tree.pages[id].path.displayPath, line: layout.line),
                    "missing template '\(name)' (templates/\(name).mustache)"
                )
            } else {
                neededButMissing[name, default: 0] += 1
            }
        }
        for (name, count) in neededButMissing.sorted(by: { $0.key < $1.key }) {
            diagnostics.error(
                SourceLocation(file: "templates/\(name).mustache"),
                "missing template '\(name)', needed by \(count) page\(count == 1 ? "" : "s")"
            )
        }
    }
}
