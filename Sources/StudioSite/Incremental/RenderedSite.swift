import Foundation
import StudioConcurrency

/// A site rendered into memory, with what each page was rendered from, so the next render of an edited
/// site can keep every file the edit cannot have changed (``RenderPlan``).
struct RenderedSite: Sendable {
    let model: SiteModel
    /// Every file's bytes, by its path in the site.
    let files: [String: [UInt8]]
    /// What each page and builder page was rendered from, by its path in the site.
    let views: [String: RenderedView]
    /// Each page's encoded search-index entry, by URL path.
    let searchEntries: [String: SearchEntryRecord]

    /// What one page (or the search or not-found page) was rendered from.
    struct RenderedView: Sendable {
        /// The page; nil for the builder's own pages.
        let page: Page?
        let layout: String
        let reading: ViewDependencies
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
    ///   - previous: the site rendered before, from an earlier model.
    ///   - edited: the source paths edited since `previous` was rendered (``SiteSources/edited``); their
    ///     assets and content files are read again. Nil reads them all.
    /// - Throws: ``BuildError/io(_:path:)`` when a file to copy cannot be read.
    static func render(_ model: SiteModel, previous: RenderedSite?, edited: Set<String>?) throws(BuildError) -> Outcome {
        let renderer = SiteRenderer(model: model)
        let jobs = renderer.files
        let paths = jobs.map(renderer.path(of:))
        let plan = previous.map { RenderPlan(previous: $0, model: model) }
        let search = searchIndex(of: model, previous: previous)
        let todo = jobs.indices.filter { index in
            if case .builder(.searchIndex) = jobs[index] { return false }
            guard let previous, let plan, previous.files[paths[index]] != nil else { return true }
            switch jobs[index] {
            case .view, .builder(.searchPage), .builder(.notFound):
                return plan.mustRender(jobs[index], at: paths[index], layout: renderer.layout(of: jobs[index])!)
            case .builder(.searchIndex): return false
            case .builder(.sitemap): return plan.readingOrderChanged
            case .builder(.robots): return false
            case .alias: return true
            case .asset(let source, _): return edited?.contains("templates/\(FingerprintedAssets.folderName)/" + source) ?? true
            case .contentFile(let source): return edited?.contains("content/" + source) ?? true
            }
        }
        let made = todo.parallelMap { index -> Result<([UInt8], ViewDependencies), BuildError> in
            var reading = ViewDependencies()
            switch renderer.contents(of: jobs[index], reading: &reading) {
            case .text(let text): return .success((Array(text.utf8), reading))
            case .copy(let source):
                guard let data = FileManager.default.contents(atPath: source) else { return .failure(.io("cannot read the file", path: source)) }
                return .success((Array(data), reading))
            }
        }
        var rendered: [Int: ([UInt8], ViewDependencies)] = [:]
        for (index, result) in zip(todo, made) {
            switch result {
            case .success(let value): rendered[index] = value
            case .failure(let error): throw error
            }
        }

        var files: [String: [UInt8]] = [:]
        var views: [String: RenderedView] = [:]
        var changed: [String] = []
        files.reserveCapacity(jobs.count)
        for (index, job) in jobs.enumerated() {
            let path = paths[index]
            let bytes: [UInt8]
            let reading: ViewDependencies?
            if case .builder(.searchIndex) = job {
                (bytes, reading) = (search.bytes, nil)
            } else if let (made, read) = rendered[index] {
                (bytes, reading) = (made, read)
            } else {
                bytes = previous!.files[path]!
                reading = previous!.views[path].map { plan!.carried($0.reading) }
            }
            if previous?.files[path] != bytes { changed.append(path) }
            files[path] = bytes
            if let layout = renderer.layout(of: job), let reading {
                var page: Page?
                if case .view(let id, _) = job { page = model.tree.pages[id] }
                views[path] = RenderedView(page: page, layout: layout, reading: reading)
            }
        }
        changed += previous?.files.keys.filter { files[$0] == nil } ?? []
        let site = RenderedSite(model: model, files: files, views: views, searchEntries: search.entries)
        return Outcome(site: site, changedFiles: changed.sorted(), renderedFiles: todo.count + search.encoded)
    }

    /// The search index, encoding again only the entries of pages that changed or moved to another section.
    private static func searchIndex(
        of model: SiteModel,
        previous: RenderedSite?
    ) -> (bytes: [UInt8], entries: [String: SearchEntryRecord], encoded: Int) {
        let tree = model.tree
        let kept = tree.readingOrder.map { id -> SearchEntryRecord? in
            let page = tree.pages[id]
            guard let record = previous?.searchEntries[page.path.urlPath], record.page.isSame(as: page),
                record.sectionTitle == tree.parent[id].map({ tree.pages[$0].title })
            else { return nil }
            return record
        }
        let missing = zip(tree.readingOrder, kept).filter { $0.1 == nil }.map(\.0)
        let encoded = SearchIndex.encoded(missing.map { SearchIndex.entry(for: $0, in: tree) })
        var fresh = Dictionary(uniqueKeysWithValues: zip(missing, encoded))
        var entries: [String: SearchEntryRecord] = [:]
        entries.reserveCapacity(tree.readingOrder.count)
        let json = zip(tree.readingOrder, kept).map { id, record in
            let record = record ?? SearchEntryRecord(
                page: tree.pages[id], sectionTitle: tree.parent[id].map { tree.pages[$0].title }, json: fresh.removeValue(forKey: id)!)
            entries[tree.pages[id].path.urlPath] = record
            return record.json
        }
        return (Array(SearchIndex.script(json).utf8), entries, missing.isEmpty ? 0 : 1)
    }
}
