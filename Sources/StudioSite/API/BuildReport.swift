/// The outcome of a build: what was written and every finding, errors first by file and line.
public struct BuildReport: Sendable {
    /// Every error and warning, sorted by file, line and column.
    public let diagnostics: [SiteDiagnostic]
    /// The number of pages written (0 when the build failed and left the output alone).
    public let pagesWritten: Int

    /// Whether the site was published: no errors.
    public var succeeded: Bool { !diagnostics.contains { $0.severity == .error } }
}
