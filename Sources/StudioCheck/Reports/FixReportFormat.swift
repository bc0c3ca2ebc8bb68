/// The report formats of `check --fix`.
public enum FixReportFormat: String, Sendable, CaseIterable {
    /// One block per file: its copy and steps, then before → after.
    case text
    /// The same as JSON, for tools.
    case json

    /// The report in this format.
    public func render(_ report: FixReport) -> String {
        switch self {
        case .text: FixTextReport.render(report)
        case .json: FixJSONReport.render(report)
        }
    }
}
