/// Builds the values a page template sees. The keys are the theme's contract:
///
/// - `site.title`, `root` (relative path to the site root), `assets.NAME_EXT`, `searchURL`
/// - `page.title`, `.description`, `.canonical`, `.kind` (`home`, `section`, `page`), `.isHome`, `.content`,
///   `.tocHTML` (a `<ul>` of the level 2 and 3 headings, absent with fewer than two),
///   `.breadcrumbs`/`.hasBreadcrumbs`, `.previous`, `.next`, `.related`/`.hasRelated`,
///   `.children`/`.hasChildren` (one listing page's cards), `.pagination` (`number`, `count`, `previous`,
///   `next` links between a section's listing pages, absent when there is one), `.faqJSONLD`, `.label`
/// - `sidebarHTML`: the sidebar's nested `<ul>` lists (see ``NavigationBuilder/sidebarHTML(for:root:reading:)``)
struct PageContext {
    let tree: SiteTree
    let navigation: NavigationBuilder
    let baseURL: String
    let assets: FingerprintedAssets
    /// Related page ids of each page, from front matter, already checked.
    let related: [[Int]]

    var siteTitle: String { tree.pages[tree.home].title }

    /// The `../` steps from a page's folder to the site root, or `./` at the root, so that every link
    /// made from it starts with a dot segment and its first segment can never read as a URL scheme.
    static func rootPrefix(for urlPath: String) -> String {
        let depth = urlPath.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "/") ? 1 : 0) }
        return depth == 0 ? "./" : String(repeating: "../", count: depth)
    }

    /// The values of a page, or of one of its section's listing pages (`listing` 2 and up).
    /// - Parameters:
    ///   - id: the page's tree id.
    ///   - listing: the number of the listing page, 1 for the page itself.
    ///   - reading: gets every other page and list the values show (``ViewDependencies``).
    /// - Returns: The values the page's layout template sees.
    func values(for id: Int, listing: Int, reading: inout ViewDependencies) -> TemplateValues {
        let page = tree.pages[id]
        let urlPath = navigation.listingURLPath(of: id, number: listing)
        let root = Self.rootPrefix(for: urlPath)
        let breadcrumbs = navigation.breadcrumbs(for: id, root: root, reading: &reading)
        let pager = navigation.pager(for: id, root: root, reading: &reading)
        let related = related[id].map { navigation.card(root: root, to: $0, reading: &reading) }
        let children = navigation.childCards(for: id, listing: listing, root: root, reading: &reading)
        let values = TemplateValues([
            "title": page.title, "description": page.frontMatter.description.mustacheValue,
            "canonical": baseURL + SitePath.encoded(urlPath), "kind": tree.kind(of: id), "isHome": id == tree.home,
            "content": page.rendered.html, "label": page.frontMatter.label.mustacheValue,
            "tocHTML": navigation.tableOfContentsHTML(for: id).mustacheValue,
            "breadcrumbs": breadcrumbs, "hasBreadcrumbs": !breadcrumbs.isEmpty,
            "previous": pager.previous, "next": pager.next,
            "related": related, "hasRelated": !related.isEmpty,
            "children": children, "hasChildren": !children.isEmpty,
            "pagination": navigation.pagination(for: id, listing: listing, root: root, reading: &reading),
            "faqJSONLD": FAQStructuredData.jsonLD(for: page.rendered.faq).mustacheValue,
        ])
        let sidebarHTML = navigation.sidebarHTML(for: id, root: root, reading: &reading)
        return common(root: root, page: values, sidebarHTML: sidebarHTML, reading: &reading)
    }

    /// Values for a page the builder makes itself (search, not found), with `root` as given.
    func values(title: String, description: String, urlPath: String, root: String, reading: inout ViewDependencies) -> TemplateValues {
        let page = TemplateValues([
            "title": title, "description": description, "canonical": baseURL + SitePath.encoded(urlPath), "kind": "page",
            "isHome": false, "content": "", "label": false, "tocHTML": false, "breadcrumbs": [],
            "hasBreadcrumbs": false, "previous": false, "next": false, "related": [], "hasRelated": false,
            "children": [], "hasChildren": false, "pagination": false, "faqJSONLD": false,
        ])
        let shown = (tree.children[tree.home] ?? []).prefix(NavigationBuilder.listLimit)
        reading.lists.append(tree.home)
        reading.pages += shown
        let links = shown.map { child in
            "<li><a href=\"\(HTML.escape(root + SitePath.encoded(tree.pages[child].path.urlPath)))index.html\">\(HTML.escape(tree.pages[child].title))</a></li>\n"
        }
        return common(root: root, page: page, sidebarHTML: "<ul>\n" + links.joined() + "</ul>\n", reading: &reading)
    }

    private func common(root: String, page: TemplateValues, sidebarHTML: String, reading: inout ViewDependencies) -> TemplateValues {
        reading.pages.append(tree.home)
        return TemplateValues([
            "site": TemplateValues(["title": siteTitle, "baseURL": baseURL]),
            "root": root,
            "homeURL": root + "index.html",
            "searchURL": root + "search/index.html",
            "searchIndexURL": root + "search-index.js",
            "assets": TemplateValues(assets.templateKeys(root: root)),
            "page": page,
            "sidebarHTML": sidebarHTML,
        ])
    }
}
