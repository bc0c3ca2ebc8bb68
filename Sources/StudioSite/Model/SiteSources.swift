import Foundation
import StudioConcurrency

#if canImport(Glibc)
import Glibc
#endif

/// A site's sources as read: the listings of `content/` and `templates/`, the templates, the theme's
/// assets, the data sets, and every Markdown page rendered on its own.
///
/// Read again with the previous sources and the paths edited since, it reads only what those paths touch
/// and renders again only the pages whose Markdown output can differ: the edited ones, those placing a
/// data set that changed (every page placing one when the data-table template changed or a set came or
/// went, since the error for an unknown set names them all), and those with a link whose reading hangs on
/// a folder that gained its first page or lost its last (``ResolvedLink/sectionLookup``).
struct SiteSources: Sendable {
    let contentFolder: URL
    let templateListing: SourceFolder
    let inventory: ContentInventory
    let templates: TemplateSet
    /// What loading the templates found.
    let templateDiagnostics: DiagnosticList
    let assets: FingerprintedAssets
    let dataSets: DataSets
    let dataTables: DataTables
    /// Every Markdown page of `content/` as loaded, in the order of ``ContentInventory/pages``.
    let pages: [PageLoader.Loaded]
    /// The indexes in ``pages`` of the pages loaded again for this read; nil when the listing changed or
    /// everything was read, so every page may have moved.
    let reloaded: [Int]?
    /// The paths read again for this read, relative to the source folder (`content/a.md`), links to them
    /// included; nil when everything was read.
    let edited: Set<String>?

    /// Reads the sources of `options.source`.
    /// - Parameters:
    ///   - options: the source folder, the data sets the program provides and whether drafts are built.
    ///   - previous: the sources as read before, to reuse what `changed` leaves alone.
    ///   - changed: the paths, relative to the source folder, that may have changed since `previous` was
    ///     read (`content/a.md`, `templates/partials`); nil reads everything again.
    /// - Throws: ``BuildError`` when `content/` or `templates/` is missing or cannot be listed.
    init(options: BuildOptions, previous: SiteSources? = nil, changed: Set<String>? = nil) throws(BuildError) {
        try options.requireSourceFolders()
        let content = options.source.appendingPathComponent("content")
        let templatesFolder = options.source.appendingPathComponent("templates")
        contentFolder = content
        let reuse = changed.flatMap { changed in previous.map { ($0, $0.followingLinks(changed)) } }
        edited = reuse?.1
        let source = options.source.path

        if let (previous, edited) = reuse, !edited.contains(where: { $0 == "templates" || $0.hasPrefix("templates/") }) {
            (templateListing, templates, templateDiagnostics, assets) =
                (previous.templateListing, previous.templates, previous.templateDiagnostics, previous.assets)
        } else {
            templateListing = try SourceFolder(folder: templatesFolder.path, sourceRoot: source)
            var diagnostics = DiagnosticList()
            templateListing.report(into: &diagnostics, prefix: "templates/")
            templates = TemplateSet(folder: templatesFolder, files: templateListing.files, diagnostics: &diagnostics)
            assets = try FingerprintedAssets(templates: templatesFolder, files: templateListing.files)
            assets.reportKeyClashes(into: &diagnostics)
            templateDiagnostics = diagnostics
        }

        if let (previous, edited) = reuse, !Self.changesListing(edited, folder: "content", source: source, listing: previous.inventory.listing) {
            inventory = previous.inventory
        } else {
            inventory = try ContentInventory(folder: content.path, sourceRoot: source)
        }

        if let (previous, edited) = reuse, previous.inventory.dataFiles == inventory.dataFiles,
            !edited.contains(where: { $0.hasPrefix("content/data/") })
        {
            dataSets = previous.dataSets
        } else {
            dataSets = Self.loadDataSets(inventory, content: content, provided: options.dataSets)
        }
        dataTables = DataTables(sets: dataSets.sets, broken: dataSets.broken, templates: templates)

        let loader = PageLoader(
            contentPath: content.path + "/",
            includeDrafts: options.includeDrafts,
            sections: inventory.sections,
            dataTables: dataTables
        )
        guard let (previous, edited) = reuse else {
            (pages, reloaded) = (inventory.pages.parallelMap(loader.load), nil)
            return
        }
        let stale = StalePages(previous: previous, templates: templates, dataSets: dataSets, sections: inventory.sections)
        let listed = inventory.pages
        if previous.inventory.pages == listed {
            var toLoad: Set<Int> = []
            for path in edited where path.hasPrefix("content/") {
                if let index = inventory.index(ofPage: path.dropFirst("content/".count)) { toLoad.insert(index) }
            }
            if !stale.isEmpty {
                for (index, loaded) in previous.pages.enumerated() where stale.contains(loaded) { toLoad.insert(index) }
            }
            let order = toLoad.sorted()
            var pages = previous.pages
            for (index, loaded) in zip(order, order.map { listed[$0] }.parallelMap(loader.load)) { pages[index] = loaded }
            (self.pages, reloaded) = (pages, order)
            return
        }
        let before = Dictionary(uniqueKeysWithValues: zip(previous.inventory.pages, previous.pages))
        let kept = listed.map { path -> PageLoader.Loaded? in
            guard let loaded = before[path], !edited.contains("content/" + path), !stale.contains(loaded) else { return nil }
            return loaded
        }
        let missing = kept.indices.filter { kept[$0] == nil }
        var fresh = Dictionary(uniqueKeysWithValues: zip(missing, missing.map { listed[$0] }.parallelMap(loader.load)))
        pages = kept.indices.map { kept[$0] ?? fresh.removeValue(forKey: $0)! }
        reloaded = nil
    }

    /// The findings of reading: listings, templates, assets, data sets and each page's own.
    var diagnostics: DiagnosticList {
        var all = templateDiagnostics
        inventory.listing.report(into: &all, prefix: "content/")
        all.append(contentsOf: dataSets.diagnostics)
        for loaded in pages { all.append(contentsOf: loaded.diagnostics) }
        return all
    }

    /// `changed` and every symbolic link whose file is among them: an edit of the file is an edit of the link.
    private func followingLinks(_ changed: Set<String>) -> Set<String> {
        var result = changed
        for (prefix, listing) in [("templates/", templateListing), ("content/", inventory.listing)] {
            for (link, target) in listing.links where changed.contains(target) { result.insert(prefix + link) }
        }
        return result
    }

    /// Whether an edit may have added, removed or replaced an entry of `folder`'s listing, rather than only
    /// changed the bytes of a regular file it lists.
    ///
    /// Hidden entries are never listed, so they never do.
    private static func changesListing(_ edited: Set<String>, folder: String, source: String, listing: SourceFolder) -> Bool {
        edited.contains { path in
            guard path.hasPrefix(folder + "/") else { return path == folder }
            let relative = path.dropFirst(folder.count + 1)
            if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { return false }
            guard listing.contains(relative), listing.links[String(relative)] == nil else { return true }
            var info = stat()
            return lstat(source + "/" + path, &info) != 0 || info.st_mode & S_IFMT != S_IFREG
        }
    }
}

/// Which unedited pages must be rendered again because something their Markdown output read changed:
/// a data set they place, the data-table template, or a folder a link of theirs looked up among the sections.
private struct StalePages {
    let changedSets: Set<String>
    /// Every page placing any data set is stale: the data-table template changed, or a set came or went.
    let everyPlacement: Bool
    /// The folders that became sections or stopped being one.
    let changedSections: Set<String>

    init(previous: SiteSources, templates: TemplateSet, dataSets: SiteSources.DataSets, sections: Set<String>) {
        changedSets = dataSets.changedNames(since: previous.dataSets)
        let tableTemplates = templates.closure(of: DataTables.templateName)
        let names = Set(dataSets.sets.keys)
        everyPlacement =
            !templates.changedNames(since: previous.templates).isDisjoint(with: tableTemplates)
            || names != Set(previous.dataSets.sets.keys)
        changedSections = sections.symmetricDifference(previous.inventory.sections)
    }

    /// Whether nothing a page's Markdown output reads changed, so no unedited page is stale.
    var isEmpty: Bool { changedSets.isEmpty && !everyPlacement && changedSections.isEmpty }

    func contains(_ loaded: PageLoader.Loaded) -> Bool {
        guard let rendered = loaded.page?.rendered else { return false }
        if !rendered.placedDataSets.isEmpty && (everyPlacement || rendered.placedDataSets.contains(where: changedSets.contains)) {
            return true
        }
        return !changedSections.isEmpty && rendered.sectionLookups.contains(where: changedSections.contains)
    }
}
