import StudioSite

extension SiteDiagnostic {
    /// The finding as `build` and `serve` print it: the library's line and, when an option fixes it, the option.
    var commandLine: String {
        guard let remedy else { return description }
        return description + "; " + remedy.hint
    }
}

extension SiteDiagnostic.Remedy {
    /// The option that applies the remedy, worded for both `build` and `serve`.
    var hint: String {
        switch self {
        case .includeDrafts: "add --drafts to include it"
        }
    }
}
