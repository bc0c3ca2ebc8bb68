/// Checks every link, image and related-page reference against the built site.
///
/// A link to a missing page, a missing `#anchor` or a missing file is an error at the link's
/// `file:line:col`, reported as `broken link 'target'` with the reason; every one is reported.
struct LinkChecker {
    let tree: SiteTree
    let files: Set<String>

    func check(into diagnostics: inout DiagnosticList) {
        let anchors = tree.pages.map { page in Set(page.rendered.headings.map(\.id)) }
        for page in tree.pages {
            for link in page.rendered.links {
                if let reason = problem(with: link.resolved.target, anchors: anchors) {
                    diagnostics.error(link.location, "broken link '\(link.destination)' (\(reason))")
                }
            }
        }
    }

    /// What is wrong with a link target, or nil when it exists.
    func problem(with target: ResolvedLink.Target, anchors: [Set<String>]) -> String? {
        switch target {
        case .external, .blocked: return nil
        case .outside: return "it points outside content/"
        case .file(let path): return files.contains(path) ? nil : "no file content/\(path)"
        case .page(let urlPath, let fragment):
            guard let id = tree.idByURL[urlPath] else { return "no page is published at '/\(urlPath)'" }
            guard let fragment, !fragment.isEmpty else { return nil }
            return anchors[id].contains(fragment)
                ? nil : "\(tree.pages[id].path.displayPath) has no heading with id '\(fragment)'"
        }
    }
}
