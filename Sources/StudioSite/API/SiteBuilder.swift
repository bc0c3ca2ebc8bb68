import Foundation

/// Builds the help site: `content/` (Markdown) through `templates/` (Mustache) into the output folder.
///
/// Every page is read and rendered on all cores, every link is checked, and only when there is no
/// error is the new site swapped in for the old output. Two builds of the same input are byte-identical.
///
/// ```swift
/// let report = try SiteBuilder(options: BuildOptions(source: folder, dataSets: [pricing])).build()
/// report.diagnostics.forEach { print($0) }
/// ```
public struct SiteBuilder: Sendable {
    public let options: BuildOptions

    public init(options: BuildOptions) {
        self.options = options
    }

    /// Builds the site.
    /// - Returns: the findings; when any is an error, nothing was written.
    /// - Throws: ``BuildError`` when the folders are missing or the output cannot (or may not) be replaced.
    public func build() throws(BuildError) -> BuildReport {
        let model: SiteModel
        switch SiteModel.check(try SiteSources(options: options), baseURL: options.baseURL) {
        case .noPages(let diagnostics): return BuildReport(diagnostics: diagnostics, pagesWritten: 0)
        case .checked(let checked): model = checked
        }
        guard model.succeeded else { return BuildReport(diagnostics: model.diagnostics, pagesWritten: 0) }
        let output = try OutputFolder(url: options.output, force: options.force)
        let lock = try output.prepare(source: options.source)
        let files = try SiteWriter(renderer: SiteRenderer(model: model)).write(into: output.staging)
        try output.publish(keeping: files)
        withExtendedLifetime(lock) {}
        return BuildReport(diagnostics: model.diagnostics, pagesWritten: model.tree.pages.count)
    }
}
