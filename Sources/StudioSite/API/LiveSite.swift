import Foundation

/// A help site built into memory and kept current by rebuilding only what each edit touched: the engine
/// of `productstudio serve`.
///
/// The first ``rebuild(changed:)`` builds everything; each later one reads the edited files and renders
/// again only the files whose bytes they can change: the edited page, the pages that show its title,
/// description or place (sidebars, cards, previous/next links, breadcrumbs), the pages whose links to it
/// are checked again, the pages using an edited template or data set, and the search index and sitemap.
/// After any sequence of edits, ``site`` holds byte for byte the files a clean ``SiteBuilder/build()`` of
/// the same sources writes. A build with errors keeps the last good site.
///
/// ```swift
/// let live = LiveSite(options: BuildOptions(source: folder, dataSets: [pricing]))
/// _ = try live.rebuild()
/// let update = try live.rebuild(changed: ["content/guide.md"])
/// ```
///
/// Not thread-safe: call it from one thread at a time; ``site`` is a value that may be handed to others.
public final class LiveSite {
    /// What to build; the output folder is not used, nothing is written.
    public let options: BuildOptions
    /// The files of the last build without errors (empty before the first one).
    public private(set) var site = BuiltSite()

    private var sources: SiteSources?
    private var model: SiteModel?
    private var rendered: RenderedSite?
    /// The source paths edited since ``rendered`` was made; nil when unknown.
    private var editedSinceRendered: Set<String>?

    public init(options: BuildOptions) {
        self.options = options
    }

    /// Builds the site: everything the first time, afterwards what the edited paths can change.
    /// - Parameter changed: the paths, relative to the source folder, that may have changed since the last
    ///   build (`content/guide.md`, or a folder such as `content/guides` that came or went); nil when
    ///   unknown, which reads every source again (and still renders only the files that changed).
    /// - Returns: the findings, and which files changed; on errors the site stays as it was.
    /// - Throws: ``BuildError`` when `content/` or `templates/` is missing, or a file cannot be read.
    public func rebuild(changed: Set<String>? = nil) throws(BuildError) -> SiteUpdate {
        let sources: SiteSources
        do {
            sources = try SiteSources(options: options, previous: self.sources, changed: changed)
        } catch {
            (self.sources, model) = (nil, nil)
            throw error
        }
        self.sources = sources
        if let edited = sources.edited, let before = editedSinceRendered {
            editedSinceRendered = before.union(edited)
        } else {
            editedSinceRendered = nil
        }
        switch SiteModel.check(sources, previous: model, baseURL: options.baseURL) {
        case .noPages(let diagnostics):
            model = nil
            return SiteUpdate(diagnostics: diagnostics, changedFiles: [], renderedFiles: 0, stylesheets: [:])
        case .checked(let checked):
            model = checked
            guard checked.succeeded else {
                return SiteUpdate(diagnostics: checked.diagnostics, changedFiles: [], renderedFiles: 0, stylesheets: [:])
            }
            let outcome = try RenderedSite.render(checked, previous: rendered, edited: rendered == nil ? nil : editedSinceRendered)
            let stylesheets = stylesheetChanges(to: checked)
            (rendered, editedSinceRendered, site) = (outcome.site, [], outcome.site.site)
            return SiteUpdate(
                diagnostics: checked.diagnostics,
                changedFiles: outcome.changedFiles,
                renderedFiles: outcome.renderedFiles,
                stylesheets: stylesheets
            )
        }
    }

    /// When every edit since the last good build was to a stylesheet among the theme's assets: each changed
    /// stylesheet's old path → its new path.
    private func stylesheetChanges(to model: SiteModel) -> [String: String] {
        let assets = "templates/\(FingerprintedAssets.folderName)/"
        guard let edited = editedSinceRendered, !edited.isEmpty, let before = rendered?.model.sources.assets.published,
            edited.allSatisfy({ $0.hasPrefix(assets) && $0.hasSuffix(".css") })
        else { return [:] }
        let after = model.sources.assets.published
        guard Set(before.keys) == Set(after.keys) else { return [:] }
        var moved: [String: String] = [:]
        for (source, path) in before where after[source] != path { moved[path] = after[source] }
        return moved
    }
}
