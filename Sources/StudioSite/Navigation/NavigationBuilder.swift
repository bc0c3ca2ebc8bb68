/// Builds the navigation of one page: breadcrumbs, the sidebar, the table of contents,
/// previous/next and a section's list.
///
/// The sidebar shows the top level and opens only the sections on the way to the page, and each
/// list shows at most ``listLimit`` entries around the current one, so a page's navigation stays
/// small however large the site is. Every link starts with `root`, the `../` steps from the page's
/// folder to the site root (``PageContext/rootPrefix(for:)``), so the site works from any folder and
/// from `file://`. A page is shown at its own URL path or at one of its section's listing pages
/// (`guides/page/2/`).
struct NavigationBuilder: Sendable {
    private(set) var tree: SiteTree
    /// The most entries one sidebar list shows; the rest are reached through the section page.
    static let listLimit = 25

    /// The most cards a section page lists; more are split over listing pages `SECTION/page/N/`.
    static let cardsPerListing = 100

    /// Each page's file from the site root as a URL (``SitePath/encoded(_:)``), the same HTML-escaped,
    /// and its title HTML-escaped: the sidebar repeats them on every page.
    private let files: [String]
    private let escapedFiles: [String]
    private var escapedTitles: [String]
    /// Each page's index among its section's children (0 for home).
    private let positionInSection: [Int]

    init(tree: SiteTree) {
        self.tree = tree
        files = tree.pages.map { SitePath.encoded($0.path.urlPath) + "index.html" }
        escapedFiles = files.map(HTML.escape)
        escapedTitles = tree.pages.map { HTML.escape($0.title) }
        var position = Array(repeating: 0, count: tree.pages.count)
        for children in tree.children.values {
            for (index, child) in children.enumerated() { position[child] = index }
        }
        positionInSection = position
    }

    /// This navigation for a tree made by ``SiteTree/replacing(_:)`` from this one's: only the replaced
    /// pages' titles are escaped again.
    func replacing(_ ids: some Sequence<Int>, in tree: SiteTree) -> NavigationBuilder {
        var navigation = self
        navigation.tree = tree
        for id in ids { navigation.escapedTitles[id] = HTML.escape(tree.pages[id].title) }
        return navigation
    }

    /// A link to `target` from a page whose root prefix is `root`.
    func href(root: String, to target: Int) -> String {
        root + files[target]
    }

    func breadcrumbs(for page: Int, root: String, reading: inout ViewDependencies) -> [TemplateValues] {
        let ancestors = tree.ancestors(of: page)
        reading.pages += ancestors
        return ancestors.map { TemplateValues(["title": tree.pages[$0].title, "href": href(root: root, to: $0)]) }
    }

    /// The sidebar as HTML: nested `<ul>` lists, the current page marked `aria-current="page"`,
    /// overflow reached through an "All N pages in …" link with class `more`.
    ///
    /// Rendered here rather than in a template, as Hugo renders `.TableOfContents`: it is the largest
    /// repeated structure of every page, and the theme styles it through `.sidebar` CSS.
    func sidebarHTML(for page: Int, root: String, reading: inout ViewDependencies) -> String {
        var html: [UInt8] = []
        html.reserveCapacity(16_384)
        appendList(level: 0, of: tree.ancestors(of: page) + [page], root: HTML.escape(root), into: &html, reading: &reading)
        return String(decoding: html, as: UTF8.self)
    }

    /// The list of the children of `path[level]`, where `path` runs from home down to the current page;
    /// the child on the path is opened in turn.
    ///
    /// Written as bytes: a sidebar is some two hundred pieces.
    private func appendList(level: Int, of path: [Int], root: String, into html: inout [UInt8], reading: inout ViewDependencies) {
        let section = path[level]
        reading.lists.append(section)
        let children = tree.children[section] ?? []
        let open = level + 1 < path.count ? path[level + 1] : nil
        let focus = open.map { positionInSection[$0] } ?? 0
        let start = max(0, min(focus - Self.listLimit / 2, children.count - Self.listLimit))
        let shown = children[start..<min(children.count, start + Self.listLimit)]
        html += "<ul>\n".utf8
        reading.pages += shown
        for child in shown {
            html += "<li><a href=\"".utf8
            html += root.utf8
            html += escapedFiles[child].utf8
            html += (child == path.last ? "\" aria-current=\"page\">" : "\">").utf8
            html += escapedTitles[child].utf8
            html += "</a>".utf8
            if child == open {
                reading.lists.append(child)
                if tree.children[child] != nil { appendList(level: level + 1, of: path, root: root, into: &html, reading: &reading) }
            }
            html += "</li>\n".utf8
        }
        if shown.count < children.count {
            reading.pages.append(section)
            html += "<li><a class=\"more\" href=\"\(root)\(escapedFiles[section])\">All \(children.count) pages in ".utf8
            html += escapedTitles[section].utf8
            html += "</a></li>\n".utf8
        }
        html += "</ul>\n".utf8
    }

    /// The page's table of contents as HTML: its level 2 and 3 headings, or nil with fewer than two.
    func tableOfContentsHTML(for page: Int) -> String? {
        let headings = tree.pages[page].rendered.headings.filter { (2...3).contains($0.level) }
        guard headings.count > 1 else { return nil }
        var html = "<ul>\n"
        for heading in headings {
            html += heading.level == 3 ? "<li class=\"nested\">" : "<li>"
            html += "<a href=\"#\(HTML.escape(heading.id))\">\(HTML.escape(heading.text))</a></li>\n"
        }
        return html + "</ul>\n"
    }

    /// The previous and next pages in reading order, or `false` (Mustache's "nothing") at either end.
    func pager(for page: Int, root: String, reading: inout ViewDependencies) -> (previous: Any, next: Any) {
        let position = tree.readingPosition[page]
        func neighbour(_ index: Int) -> Int? {
            tree.readingOrder.indices.contains(index) ? tree.readingOrder[index] : nil
        }
        let (previous, next) = (neighbour(position - 1), neighbour(position + 1))
        reading.pager = (previous, next)
        reading.pages += [previous, next].compactMap { $0 }
        func link(_ target: Int?) -> Any {
            guard let target else { return false }
            return TemplateValues(["title": tree.pages[target].title, "href": href(root: root, to: target)])
        }
        return (link(previous), link(next))
    }

    /// The number of listing pages a section needs for its cards (1 for a page without children).
    func listingCount(of page: Int) -> Int {
        max(1, ((tree.children[page]?.count ?? 0) + Self.cardsPerListing - 1) / Self.cardsPerListing)
    }

    /// The URL path of a section's listing page `number` (1 is the section page itself).
    func listingURLPath(of page: Int, number: Int) -> String {
        tree.pages[page].path.urlPath + (number == 1 ? "" : "page/\(number)/")
    }

    /// The cards of one listing page of a section, in order.
    func childCards(for page: Int, listing number: Int, root: String, reading: inout ViewDependencies) -> [TemplateValues] {
        reading.lists.append(page)
        let children = tree.children[page] ?? []
        let start = min(children.count, (number - 1) * Self.cardsPerListing)
        return children[start..<min(children.count, start + Self.cardsPerListing)].map { card(root: root, to: $0, reading: &reading) }
    }

    /// Links between a section's listing pages, or `false` when it has only one.
    func pagination(for page: Int, listing number: Int, root: String, reading: inout ViewDependencies) -> Any {
        reading.lists.append(page)
        let count = listingCount(of: page)
        guard count > 1 else { return false }
        func link(_ target: Int) -> Any {
            guard (1...count).contains(target) else { return false }
            return root + SitePath.encoded(listingURLPath(of: page, number: target)) + "index.html"
        }
        return TemplateValues(["number": number, "count": count, "previous": link(number - 1), "next": link(number + 1)])
    }

    /// A card that links to `target`: its title, description and label.
    func card(root: String, to target: Int, reading: inout ViewDependencies) -> TemplateValues {
        reading.pages.append(target)
        let front = tree.pages[target].frontMatter
        return TemplateValues([
            "title": tree.pages[target].title, "href": href(root: root, to: target),
            "description": front.description.mustacheValue, "label": front.label.mustacheValue,
        ])
    }
}
