/// The report formats of `productstudio check`.
public enum CheckReportFormat: String, Sendable, CaseIterable {
    /// Compiler-style lines for people, grouped by file, then the summary.
    case text
    /// The JSON contract tools read.
    case json
    /// SARIF 2.1.0, for code scanning.
    case sarif
    /// JUnit XML, for CI test reports.
    case junit
    /// GitHub Actions workflow commands (annotations on the files).
    case github
    /// One self-contained HTML page a person reviews and signs off: thumbnails, findings, filters, checklists.
    case html

    /// The report of a check in this format.
    public func render(_ report: CheckReport, context: ReportContext) -> String {
        switch self {
        case .text: TextCheckReport.render(report, verbose: context.verbose)
        case .json: JSONCheckReport.render(report)
        case .sarif: SARIFReport.render(report, context: context)
        case .junit: JUnitReport.render(report)
        case .github: GitHubReport.render(report)
        case .html: ReviewPage.render(report, context: context)
        }
    }
}

/// What the reports need beyond the check itself.
public struct ReportContext: Sendable {
    /// The tool's version, for SARIF.
    public var toolVersion: String
    /// Whether the text report lists passing files too.
    public var verbose: Bool
    /// The current folder, which SARIF locations are relative to.
    public var currentFolder: String
    /// When the check ran, as the review page's header says it (`on 2026-11-30 at 12:00 UTC`).
    public var date: String

    /// Creates a context.
    public init(toolVersion: String, verbose: Bool = false, currentFolder: String, date: String = "") {
        self.toolVersion = toolVersion
        self.verbose = verbose
        self.currentFolder = currentFolder
        self.date = date
    }
}
