import Foundation
import StudioConcurrency

/// Builds the help site: `content/` (Markdown) through `templates/` (Mustache) into the output folder.
///
/// Every page is read and rendered on all cores, every link is checked, and only when there is no
/// error is the new site swapped in for the old output. Two builds of the same input are byte-identical.
///
/// ```swift
/// let report = try SiteBuilder(options: BuildOptions(source: folder, dataSets: [pricing])).build()
/// report.diagnostics.forEach { print($0) }
/// ```
public struct SiteBuilder: Sendable {
    public let options: BuildOptions

    public init(options: BuildOptions) {
        self.options = options
    }

    /// Builds the site.
    /// - Returns: the findings; when any is an error, nothing was written.
    /// - Throws: ``BuildError`` when the folders are missing or the output cannot (or may not) be replaced.
    public func build() throws(BuildError) -> BuildReport {
        let content = options.source.appendingPathComponent("content")
        let templatesFolder = options.source.appendingPathComponent("templates")
        for folder in [content, templatesFolder] where !isFolder(folder) {
            throw .missingFolder(folder.path)
        }
        var diagnostics = DiagnosticList()
        let templateFiles = try SourceFolder(folder: templatesFolder.path, sourceRoot: options.source.path)
        templateFiles.report(into: &diagnostics, prefix: "templates/")
        let templates = TemplateSet(folder: templatesFolder, files: templateFiles.files, diagnostics: &diagnostics)
        let inventory = try ContentInventory(folder: content.path, sourceRoot: options.source.path)
        inventory.listing.report(into: &diagnostics, prefix: "content/")
        let dataSets = loadDataSets(inventory, content: content, diagnostics: &diagnostics)
        let dataTables = DataTables(sets: dataSets.sets, broken: dataSets.broken, templates: templates)
        let (pages, unpublished) = renderPages(inventory, content: content, dataTables: dataTables, diagnostics: &diagnostics)
        guard !pages.isEmpty else {
            diagnostics.error(SourceLocation(file: "content"), "no pages to build")
            return BuildReport(diagnostics: diagnostics.items.sorted(), pagesWritten: 0)
        }
        let tree = SiteTree(pages: pages, diagnostics: &diagnostics)
        LinkChecker(tree: tree, files: Set(inventory.staticFiles), unpublished: unpublished).check(into: &diagnostics)
        let related = relatedPages(tree, sections: inventory.sections, diagnostics: &diagnostics)
        let navigation = NavigationBuilder(tree: tree)
        let assets = try FingerprintedAssets(templates: templatesFolder, files: templateFiles.files)
        assets.reportKeyClashes(into: &diagnostics)
        let aliases = claimOutputs(
            tree,
            navigation: navigation,
            assets: assets,
            contentFiles: inventory.staticFiles,
            diagnostics: &diagnostics
        )
        let layouts = layoutNames(tree, templates: templates, diagnostics: &diagnostics)
        guard !diagnostics.hasErrors else { return BuildReport(diagnostics: diagnostics.items.sorted(), pagesWritten: 0) }

        let context = PageContext(
            tree: tree,
            navigation: navigation,
            baseURL: options.baseURL,
            assets: assets,
            related: related
        )
        let writer = SiteWriter(
            tree: tree,
            templates: templates,
            context: context,
            layouts: layouts,
            aliases: aliases,
            contentFolder: content,
            staticFiles: inventory.staticFiles,
            assets: assets,
            baseURL: options.baseURL
        )
        let output = try OutputFolder(url: options.output, force: options.force)
        let lock = try output.prepare(source: options.source)
        let files = try writer.write(into: output.staging)
        try output.publish(keeping: files)
        withExtendedLifetime(lock) {}
        return BuildReport(diagnostics: diagnostics.items.sorted(), pagesWritten: tree.pages.count)
    }

    private func isFolder(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Reads, parses and renders every Markdown file in parallel.
    /// - Returns: the pages to publish, and why each other page is not published (a draft, or its
    ///   own errors), by URL path, so links to them are judged fairly.
    private func renderPages(
        _ inventory: ContentInventory,
        content: URL,
        dataTables: DataTables,
        diagnostics: inout DiagnosticList
    ) -> ([Page], [String: LinkChecker.Unpublished]) {
        let includeDrafts = options.includeDrafts
        let (paths, sections) = (inventory.pages, inventory.sections)
        let contentPath = content.path + "/"
        let results = paths.parallelMap { source -> (Page?, LinkChecker.Unpublished?, DiagnosticList) in
            var found = DiagnosticList()
            let path = PagePath(source: source)
            let text: String
            switch SourceText.read(contentPath + source) {
            case .success(let read): text = read
            case .failure(let problem):
                found.error(problem.location(in: path.displayPath), problem.message)
                return (nil, .failed, found)
            }
            let parser = FrontMatterParser(file: path.displayPath)
            guard let parts = parser.parse(text, diagnostics: &found) else { return (nil, .failed, found) }
            if parts.frontMatter.draft && !includeDrafts { return (nil, .draft, found) }
            let renderer = MarkdownPageRenderer(
                file: path.displayPath,
                bodyStartLine: parts.bodyStartLine,
                allowRawHTML: parts.frontMatter.unsafeHTML,
                isFAQ: parts.frontMatter.faq,
                resolver: LinkResolver(page: path, sections: sections),
                dataTables: dataTables
            )
            var rendered = renderer.render(parts.body)
            found.append(contentsOf: rendered.diagnostics)
            rendered.diagnostics = DiagnosticList()
            return (Page(path: path, frontMatter: parts.frontMatter, rendered: rendered), nil, found)
        }
        var unpublished: [String: LinkChecker.Unpublished] = [:]
        for (source, result) in zip(paths, results) {
            diagnostics.append(contentsOf: result.2)
            if let reason = result.1 { unpublished[PagePath(source: source).urlPath] = reason }
        }
        return (results.compactMap(\.0), unpublished)
    }

    /// The ids of each page's `related` pages; a path that is not a page is an error at its line.
    private func relatedPages(_ tree: SiteTree, sections: Set<String>, diagnostics: inout DiagnosticList) -> [[Int]] {
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
    private func layoutNames(_ tree: SiteTree, templates: TemplateSet, diagnostics: inout DiagnosticList) -> [String] {
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
