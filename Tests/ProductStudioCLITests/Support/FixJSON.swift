/// The JSON report of `check --fix DIR --format json`.
enum FixJSON {
    struct Report: Decodable {
        let folder: String
        let dryRun: Bool
        let files: [File]
        let summary: Summary
        let notes: [String]
    }

    /// One file with findings and its corrected copy.
    struct File: Decodable {
        let path: String
        @Nullable var copy: String?
        let fixes: [String]
        let notes: [String]
        let before: Verdict
        @Nullable var after: Verdict?
        let needsRegenerating: [String]
        let notFixed: [String]
        @Nullable var error: String?
    }

    /// A file's status and findings, before or after the fix.
    struct Verdict: Decodable {
        let status: String
        let findings: [CheckJSON.Finding]
    }

    struct Summary: Decodable {
        let checked: Int
        let withFindings: Int
        let copies: Int
        let passing: Int
        let failing: Int
        let needRegenerating: Int
    }
}
