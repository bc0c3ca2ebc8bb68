/// What rendering one page of the site read of other pages, recorded as it renders, so that after an edit
/// only the pages whose output can change are rendered again (``RenderPlan``).
///
/// A page's own page (its front matter, Markdown, layout) and the site-wide inputs (templates, theme assets)
/// are not recorded here: ``RenderPlan`` compares those directly.
struct ViewDependencies: Sendable {
    /// Pages whose title, URL path, description or label the output shows: links, cards, the site title.
    var pages: [Int] = []
    /// Pages whose ordered list of children the output shows or counts: sidebar lists, cards, pagination,
    /// and whether a page on the way has children at all.
    var lists: [Int] = []
    /// The previous and next pages in reading order, when the output links to them.
    var pager: (previous: Int?, next: Int?)?
}
