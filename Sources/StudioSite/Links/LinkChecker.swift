import StudioConcurrency

/// Checks every link, image and related-page reference against the built site.
///
/// A link to a missing page, a missing `#anchor` or a missing file is an error at the link's
/// `file:line:col`, reported as `broken link 'target'` with the reason; every one is reported.
struct LinkChecker: Sendable {
    let tree: SiteTree
    let files: Set<String>
    /// Pages that exist in `content/` but are not published, by URL path.
    let unpublished: [String: Unpublished]

    /// Why a page in `content/` is not published.
    enum Unpublished: Sendable, Equatable {
        /// `draft: true`, and drafts are not being built; a link to it would be broken on the site.
        case draft
        /// The page has errors of its own, already reported; links to it are not reported again.
        case failed
    }

    /// The broken links of each page of the tree, by page id, checked on all cores.
    func problems() -> [DiagnosticList] {
        tree.pages.parallelMap(problems(of:))
    }

    /// An error for each broken link of one page.
    func problems(of page: Page) -> DiagnosticList {
        var found = DiagnosticList()
        for link in page.rendered.links {
            if let problem = problem(with: link.resolved.target) {
                found.error(link.location, "broken link '\(link.destination)' (\(problem.reason))", remedy: problem.remedy)
            }
        }
        return found
    }

    /// What is wrong with a link target, and the setting that fixes it if one does; nil when it exists.
    private func problem(with target: ResolvedLink.Target) -> (reason: String, remedy: SiteDiagnostic.Remedy?)? {
        switch target {
        case .external, .blocked: return nil
        case .outside: return ("it points outside content/", nil)
        case .controlCharacter: return ("the path holds a control character", nil)
        case .file(let path): return files.contains(path) ? nil : ("no file content/\(path)", nil)
        case .page(let urlPath, let fragment):
            guard let id = tree.idByURL[urlPath] else {
                switch unpublished[urlPath] {
                case .failed?: return nil
                case .draft?: return ("the page at '/\(urlPath)' is a draft, left out of this build", .includeDrafts)
                case nil: return ("no page is published at '/\(urlPath)'", nil)
                }
            }
            guard let fragment, !fragment.isEmpty else { return nil }
            return tree.pages[id].rendered.headings.contains { $0.id == fragment }
                ? nil : ("\(tree.pages[id].displayName) has no heading with id '\(fragment)'", nil)
        }
    }
}
