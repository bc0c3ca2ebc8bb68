/// Decides which pages of a site rendered before must be rendered again for a new model.
///
/// A page's output is a function of its own page (path, front matter, Markdown), its layout and the
/// templates that layout uses, the theme's asset names, and what it read of other pages, recorded while it
/// rendered (``ViewDependencies``): their titles, URL paths, descriptions and labels, the ordered children
/// of sections, its neighbours in reading order. A page is rendered again when any of these differs in the
/// new model; every other page keeps its bytes. Pages are matched across the two models by URL path (by id
/// when the trees have one shape), since a page's id is its place in a list that edits reorder.
final class RenderPlan {
    private let model: SiteModel
    /// The new id of each old page id: the page at the same URL path, or nil when there is none.
    let newID: [Int?]
    /// Whether each page kept its id: the two trees have one shape.
    let keepsIDs: Bool
    /// Old ids whose title, description or label differs, or that are gone.
    private let summaryChanged: [Bool]
    /// Old ids whose ordered children differ, or that are gone.
    private let listChanged: [Bool]
    /// Whether any summary or list changed, so that recorded reads must be looked at.
    private let readsMayDiffer: Bool
    /// Whether the reading order differs (pages came, went or moved).
    let readingOrderChanged: Bool
    /// Every page is rendered again: the theme's assets have new names.
    private let everything: Bool
    /// The layouts that use a template that changed, directly or through partials and parents.
    private let touchedLayouts: Set<String>

    init(previous: SiteModel, model: SiteModel) {
        self.model = model
        let (old, new) = (previous.tree, model.tree)
        keepsIDs = old.shape === new.shape
        let newID = keepsIDs ? old.pages.indices.map { Optional($0) } : old.pages.map { new.idByURL[$0.path.urlPath] }
        self.newID = newID
        summaryChanged = zip(old.pages, newID).map { page, id in
            guard let id else { return true }
            let other = new.pages[id]
            return page !== other
                && (page.title != other.title || page.frontMatter.description != other.frontMatter.description
                    || page.frontMatter.label != other.frontMatter.label)
        }
        var listChanged = newID.map { $0 == nil }
        if !keepsIDs {
            for (id, children) in old.children {
                listChanged[id] = listChanged[id] || newID[id].flatMap { new.children[$0] } != children.map { newID[$0] ?? -1 }
            }
            for (oldID, id) in newID.enumerated() where !listChanged[oldID] && old.children[oldID] == nil {
                listChanged[oldID] = id.map { new.children[$0] != nil } ?? true
            }
        }
        self.listChanged = listChanged
        readsMayDiffer = summaryChanged.contains(true) || listChanged.contains(true)
        readingOrderChanged = !keepsIDs && !old.readingOrder.map { newID[$0] ?? -1 }.elementsEqual(new.readingOrder)
        everything = previous.sources.assets.published != model.sources.assets.published
        let changedTemplates = model.sources.templates.changedNames(since: previous.sources.templates)
        let layouts = Set(model.layouts + ["layouts/search", "layouts/404"])
        touchedLayouts =
            changedTemplates.isEmpty
            ? [] : layouts.filter { !model.sources.templates.closure(of: $0).isDisjoint(with: changedTemplates) }
    }

    /// Whether a page or builder page must be rendered again.
    /// - Parameters:
    ///   - file: the file in the new model.
    ///   - view: what the file was rendered from before, if it was.
    ///   - layout: its layout template in the new model.
    /// - Returns: false when the file rendered before can be kept as it is.
    func mustRender(_ file: OutputFile, was view: RenderedSite.RenderedView?, layout: String) -> Bool {
        guard !everything, let view, view.layout == layout, !touchedLayouts.contains(layout) else { return true }
        if case .view(let id, _) = file {
            guard let page = view.page, page.isSame(as: model.tree.pages[id]) else { return true }
            if readingOrderChanged, let pager = view.reading.pager, !sameNeighbours(pager, as: id) { return true }
        }
        return readsMayDiffer && (view.reading.pages.contains { summaryChanged[$0] } || view.reading.lists.contains { listChanged[$0] })
    }

    /// Whether the new page `id` has the neighbours in reading order that `pager` recorded (old ids).
    private func sameNeighbours(_ pager: (previous: Int?, next: Int?), as id: Int) -> Bool {
        let tree = model.tree
        let position = tree.readingPosition[id]
        func neighbour(_ index: Int) -> Int? { tree.readingOrder.indices.contains(index) ? tree.readingOrder[index] : nil }
        let recorded = [pager.previous, pager.next].map { $0.map { newID[$0] ?? -1 } }
        return recorded == [neighbour(position - 1), neighbour(position + 1)]
    }

    /// What a page kept from the previous site read, in the new model's ids.
    func carried(_ reading: ViewDependencies) -> ViewDependencies {
        guard !keepsIDs else { return reading }
        var moved = ViewDependencies()
        moved.pages = reading.pages.map { newID[$0]! }
        moved.lists = reading.lists.map { newID[$0]! }
        moved.pager = reading.pager.map { ($0.previous.map { newID[$0]! }, $0.next.map { newID[$0]! }) }
        return moved
    }
}
