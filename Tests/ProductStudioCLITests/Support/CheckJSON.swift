/// The JSON contracts of `check --format json` and `profiles --format json`, as scripts read them.
///
/// Keys that are always printed are non-optional or ``Nullable``, so a renamed or missing key fails the decoding.
enum CheckJSON {
    /// The whole `check` report.
    struct Report: Decodable {
        let profiles: [String]
        let assets: [Asset]
        let summary: Summary
        @Nullable var regeneration: Regeneration?
        let notes: [String]
        let checklist: [ChecklistItem]

        /// The assets by path.
        var assetsByPath: [String: Asset] {
            Dictionary(uniqueKeysWithValues: assets.map { ($0.path, $0) })
        }
    }

    /// One checked file.
    struct Asset: Decodable {
        let path: String
        let slot: String
        @Nullable var name: FileName?
        let status: String
        let findings: [Finding]
        @Nullable var history: HistoryMatch?
        let facts: InspectJSON.Asset

        /// `rule:level(:profile)` of each finding.
        var verdicts: [String] {
            findings.map { [$0.rule, $0.level, $0.profile].compactMap { $0 }.joined(separator: ":") }
        }
    }

    /// The parts of a name that follows the naming convention.
    struct FileName: Decodable {
        let sku: String
        let date: String
        let useCase: String
        @Nullable var counter: Int?
    }

    /// What one rule found.
    struct Finding: Decodable {
        let rule: String
        let level: String
        /// `null` for the house rules.
        @Nullable var profile: String?
        let message: String
        let expected: JSONValue
        let actual: JSONValue
        @Nullable var source: String?
    }

    /// The generation task whose output has the file's bytes.
    struct HistoryMatch: Decodable {
        let task: Int
        let position: Int
        let tool: String
        /// Images only.
        let quality: String?
        /// Videos only, in seconds.
        let duration: Int?
        let sku: String
        let use: String
    }

    /// The counts of the run.
    struct Summary: Decodable, Equatable {
        let files: Int
        let passed: Int
        let warned: Int
        let failed: Int
        let errors: Int
        let warnings: Int
    }

    /// What regenerating the failed files costs, against the balance.
    struct Regeneration: Decodable, Equatable {
        let files: Int
        let credits: Int
        let balance: Int
        let shortfall: Int
    }

    /// One heading of the check-by-eye list.
    struct ChecklistItem: Decodable {
        let id: String
        let title: String
        let items: [String]
    }

    /// `profiles list`: one profile.
    struct ProfileSummary: Decodable {
        let name: String
        let title: String
        let imageRules: Int
        let videoRules: Int
    }

    /// `profiles show`.
    struct Profile: Decodable {
        let name: String
        let title: String
        let rules: [Rule]

        /// One rule of a profile.
        struct Rule: Decodable {
            let rule: String
            let media: String
            let level: String
            @Nullable var slot: String?
            let requirement: String
            let expected: JSONValue
            @Nullable var source: String?
        }
    }
}
