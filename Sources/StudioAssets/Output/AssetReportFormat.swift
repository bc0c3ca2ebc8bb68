/// The report formats of `productstudio inspect`.
public enum AssetReportFormat: String, Sendable, CaseIterable {
    /// An aligned table for people (``TextReport``).
    case text
    /// The JSON contract for tools (``JSONReport``).
    case json

    /// Renders `assets` in this format.
    public func render(_ assets: [AssetInfo]) -> String {
        switch self {
        case .text: TextReport.render(assets)
        case .json: JSONReport.render(assets)
        }
    }
}
