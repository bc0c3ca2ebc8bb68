/// Reads, parses and renders one Markdown page of `content/`.
struct PageLoader: Sendable {
    /// The `content/` folder, ending with `/`.
    let contentPath: String
    let includeDrafts: Bool
    /// The folders of `content/` that are sections, for reading links (``LinkResolver``).
    let sections: Set<String>
    let dataTables: DataTables

    /// What loading one page gave: the page, or why it is not published, and its findings.
    final class Loaded: Sendable {
        /// The rendered page; nil for a draft that is not built or a page with errors that stop it.
        let page: Page?
        /// Why the page is not published, when it is not.
        let unpublished: LinkChecker.Unpublished?
        /// The page's own findings: front matter, Markdown, links as written.
        let diagnostics: DiagnosticList

        init(page: Page?, unpublished: LinkChecker.Unpublished?, diagnostics: DiagnosticList) {
            self.page = page
            self.unpublished = unpublished
            self.diagnostics = diagnostics
        }
    }

    /// Loads the page at `source`, relative to `content/`.
    func load(_ source: String) -> Loaded {
        var found = DiagnosticList()
        let path = PagePath(source: source)
        let text: String
        switch SourceText.read(contentPath + source) {
        case .success(let read): text = read
        case .failure(let problem):
            found.error(problem.location(in: path.displayPath), problem.message)
            return Loaded(page: nil, unpublished: .failed, diagnostics: found)
        }
        let parser = FrontMatterParser(file: path.displayPath)
        guard let parts = parser.parse(text, diagnostics: &found) else {
            return Loaded(page: nil, unpublished: .failed, diagnostics: found)
        }
        if parts.frontMatter.draft && !includeDrafts { return Loaded(page: nil, unpublished: .draft, diagnostics: found) }
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
        return Loaded(page: Page(path: path, frontMatter: parts.frontMatter, rendered: rendered), unpublished: nil, diagnostics: found)
    }
}
