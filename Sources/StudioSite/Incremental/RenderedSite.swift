import Foundation
import StudioConcurrency

/// A site rendered into memory, with what each page was rendered from, so the next render of an edited
/// site can keep every file the edit cannot have changed (``RenderPlan``).
///
/// The files are kept in the order of ``SiteRenderer/files``; when an edit leaves that list as it was,
/// the next render reuses the paths and their index and only replaces the files it renders.
final class RenderedSite: Sendable {
    let model: SiteModel
    let jobs: [OutputFile]
    /// Each file's path in the site.
    let paths: [String]
    /// Each file's bytes, and its index by path.
    let site: BuiltSite
    /// What each page and builder page was rendered from (nil for other files).
    let views: [RenderedView?]
    /// Each page's encoded search-index entry, by tree id.
    let searchEntries: [SearchEntryRecord]

    private init(
        model: SiteModel,
        jobs: [OutputFile],
        paths: [String],
        site: BuiltSite,
        views: [RenderedView?],
        searchEntries: [SearchEntryRecord]
    ) {
        self.model = model
        self.jobs = jobs
        self.paths = paths
        self.site = site
        self.views = views
        self.searchEntries = searchEntries
    }

    /// What one page (or the search or not-found page) was rendered from.
    final class RenderedView: Sendable {
        /// The page; nil for the builder's own pages.
        let page: Page?
        let layout: String
        let reading: ViewDependencies

        init(page: Page?, layout: String, reading: ViewDependencies) {
            self.page = page
            self.layout = layout
            self.reading = reading
        }
    }

    /// A page's search-index entry and what it was made from.
    struct SearchEntryRecord: Sendable {
        let page: Page
        let sectionTitle: String?
        let json: String
    }

    /// The outcome of rendering: the site, the paths whose bytes changed (came or went included), and how
    /// many files were made or read.
    struct Outcome {
        let site: RenderedSite
        let changedFiles: [String]
        let renderedFiles: Int
    }

    /// Renders the files of `model`: all of them, or with the previous site those an edit can have changed.
    /// - Parameters:
    ///   - model: the checked site to render.
    ///   - previous: the site rendered before, from an earlier model.
    ///   - edited: the source paths edited since `previous` was rendered (``SiteSources/edited``); their
    ///     assets and content files are read again. Nil reads them all.
    /// - Returns: The site, the paths whose bytes changed and how many files were made or read.
    /// - Throws: ``BuildError/fileSystem(_:path:code:)`` when a file to copy cannot be read.
    static func render(_ model: SiteModel, previous: RenderedSite?, edited: Set<String>?) throws(BuildError) -> Outcome {
        let renderer = SiteRenderer(model: model)
        let jobs = renderer.files
        let plan = previous.map { RenderPlan(previous: $0.model, model: model) }
        // The same files at the same paths: the same list, pages at the same ids, the same aliases.
        let sameJobs =
            plan?.keepsIDs == true && previous?.jobs == jobs
            && previous?.model.aliases.map(\.urlPath) == model.aliases.map(\.urlPath)
        let paths = sameJobs ? previous!.paths : jobs.map(renderer.path(of:))
        let index = sameJobs ? previous!.site.index : Dictionary(zip(paths, paths.indices), uniquingKeysWith: { first, _ in first })
        let before: [Int?] = sameJobs ? Array(jobs.indices) : paths.map { previous?.site.index[$0] }
        let search = searchIndex(of: model, previous: previous, plan: plan)

        var todo: [Int] = []
        for (position, job) in jobs.enumerated() {
            if case .builder(.searchIndex) = job { continue }
            guard let previous, let plan, let old = before[position] else {
                todo.append(position)
                continue
            }
            let again: Bool
            switch job {
            case .view, .builder(.searchPage), .builder(.notFound):
                again = plan.mustRender(job, was: previous.views[old], layout: renderer.layout(of: job)!)
            case .builder(.searchIndex), .builder(.robots): again = false
            case .builder(.sitemap): again = plan.readingOrderChanged
            case .alias: again = true
            case .asset(let source, _): again = edited?.contains("templates/\(FingerprintedAssets.folderName)/" + source) ?? true
            case .contentFile(let source): again = edited?.contains("content/" + source) ?? true
            }
            if again { todo.append(position) }
        }
        let made = todo.parallelMap { position -> Result<([UInt8], ViewDependencies), BuildError> in
            var reading = ViewDependencies()
            switch renderer.contents(of: jobs[position], reading: &reading) {
            case .text(let text): return .success((Array(text.utf8), reading))
            case .bytes(let bytes): return .success((bytes, reading))
            case .copy(let source):
                do throws(BuildError) {
                    return .success((Array(try FileReader.contents(ofPath: source)), reading))
                } catch {
                    return .failure(error)
                }
            }
        }

        var contents: [[UInt8]]
        var views: [RenderedView?]
        if let previous, sameJobs {
            (contents, views) = (previous.site.contents, previous.views)
        } else {
            // Pages rendered again get new records below; only the others carry theirs into the new ids.
            let rendering = Set(todo)
            contents = before.map { old in old.map { previous!.site.contents[$0] } ?? [] }
            views = zip(before, before.indices).map { old, position in
                guard !rendering.contains(position), let view = old.flatMap({ previous!.views[$0] }) else { return nil }
                return RenderedView(page: view.page, layout: view.layout, reading: plan!.carried(view.reading))
            }
        }
        var changed: [String] = []
        for (position, result) in zip(todo, made) {
            let (bytes, reading) = try result.get()
            if before[position] == nil || contents[position] != bytes { changed.append(paths[position]) }
            contents[position] = bytes
            if let layout = renderer.layout(of: jobs[position]) {
                var page: Page?
                if case .view(let id, _) = jobs[position] { page = model.tree.pages[id] }
                views[position] = RenderedView(page: page, layout: layout, reading: reading)
            }
        }
        let searchPosition = jobs.firstIndex(of: .builder(.searchIndex))!
        if let bytes = search.bytes {
            if before[searchPosition] == nil || contents[searchPosition] != bytes { changed.append(paths[searchPosition]) }
            contents[searchPosition] = bytes
        }
        if !sameJobs, let previous { changed += previous.paths.filter { index[$0] == nil } }
        let site = RenderedSite(
            model: model,
            jobs: jobs,
            paths: paths,
            site: BuiltSite(index: index, contents: contents),
            views: views,
            searchEntries: search.entries
        )
        return Outcome(site: site, changedFiles: changed.sorted(), renderedFiles: todo.count + search.encoded)
    }

    /// The search index, encoding again only the entries of pages that changed or moved to another section.
    /// - Returns: the index's bytes, or nil when they are the previous site's (no entry and no order changed).
    private static func searchIndex(
        of model: SiteModel,
        previous: RenderedSite?,
        plan: RenderPlan?
    ) -> (bytes: [UInt8]?, entries: [SearchEntryRecord], encoded: Int) {
        let tree = model.tree
        var oldID = [Int?](repeating: nil, count: tree.pages.count)
        if let plan {
            for (old, new) in plan.newID.enumerated() { if let new { oldID[new] = old } }
        }
        let kept = tree.pages.indices.map { id -> SearchEntryRecord? in
            guard let old = oldID[id], let record = previous?.searchEntries[old], record.page.isSame(as: tree.pages[id]),
                record.sectionTitle == tree.parent[id].map({ tree.pages[$0].title })
            else { return nil }
            return record
        }
        let missing = tree.pages.indices.filter { kept[$0] == nil }
        let encoded = SearchIndex.encoded(missing.map { SearchIndex.entry(for: $0, in: tree) })
        var entries = kept
        var sameJSON = plan.map { $0.keepsIDs && !$0.readingOrderChanged } ?? false
        for (id, json) in zip(missing, encoded) {
            entries[id] = SearchEntryRecord(page: tree.pages[id], sectionTitle: tree.parent[id].map { tree.pages[$0].title }, json: json)
            sameJSON = sameJSON && previous?.searchEntries[id].json == json
        }
        let records = entries.map { $0! }
        guard !sameJSON else { return (nil, records, missing.isEmpty ? 0 : 1) }
        return (SearchIndex.script(tree.readingOrder.map { records[$0].json }), records, missing.isEmpty ? 0 : 1)
    }
}
