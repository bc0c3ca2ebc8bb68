/// What one build of a ``LiveSite`` found and changed.
public struct SiteUpdate: Sendable {
    /// Every error and warning, sorted by file, line and column, as `build` reports them.
    public let diagnostics: [SiteDiagnostic]
    /// The files whose bytes changed, that came or that went, sorted; empty when the build failed.
    public let changedFiles: [String]
    /// How many files were rendered or read again; the others were kept as they were.
    public let renderedFiles: Int
    /// When the edits since the last good build changed only stylesheets among the theme's assets: the
    /// path each changed stylesheet had → the path it has now.
    ///
    /// Pages change only in their links to them.
    public let stylesheets: [String: String]

    /// Whether the site was built: no errors.
    ///
    /// Otherwise the last good site stays.
    public var succeeded: Bool { !diagnostics.contains { $0.severity == .error } }
}
