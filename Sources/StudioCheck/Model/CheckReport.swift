/// The outcome of a check: every file with its findings, the counts, and what regenerating the failures costs.
public struct CheckReport: Sendable {
    /// The profiles checked against, in the order given.
    public var profileDetails: [Profile]
    /// Their names.
    public var profiles: [String] { profileDetails.map(\.name) }
    /// The files in walk order.
    public var assets: [CheckedAsset]
    /// What regenerating the failed files with a known task costs, or nil when none has one.
    public var regeneration: Regeneration?
    /// Remarks for the summary: a profile without video rules, no history database.
    public var notes: [String]

    /// The counts of the summary line.
    public var summary: Summary { Summary(assets) }

    /// `12 files: 9 passed, 2 failed, 1 with warnings; 4 errors, 2 warnings against amazon`.
    public var summaryLine: String {
        let counts = summary
        func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
        return "\(plural(counts.files, "file")): \(counts.passed) passed, \(counts.failed) failed, \(counts.warned) with warnings; "
            + "\(plural(counts.errors, "error")), \(plural(counts.warnings, "warning"))"
            + (profiles.isEmpty ? " (house rules only; name a platform with --profile)" : " against \(profiles.joined(separator: ", "))")
    }

    /// Whether the run fails at `threshold` (any error; with `.warning`, any warning too).
    public func fails(at threshold: FindingLevel) -> Bool {
        assets.contains { $0.findings.contains { $0.level <= threshold } }
    }

    /// Files, verdicts and findings counted.
    public struct Summary: Sendable, Equatable {
        public var files = 0
        public var passed = 0
        public var warned = 0
        public var failed = 0
        public var errors = 0
        public var warnings = 0

        init(_ assets: [CheckedAsset]) {
            files = assets.count
            for asset in assets {
                switch asset.status {
                case .pass: passed += 1
                case .warn: warned += 1
                case .fail: failed += 1
                }
                errors += asset.findings.filter { $0.level == .error }.count
                warnings += asset.findings.filter { $0.level == .warning }.count
            }
        }
    }

    /// The credits to regenerate every failed file whose task the history knows, at its own quality.
    public struct Regeneration: Sendable, Equatable {
        /// Failed files with a known task.
        public var files: Int
        /// How many of those are images and how many videos.
        public var images: Int
        public var videos: Int
        public var credits: Int
        /// The account's balance, or nil when no account was named.
        public var balance: Int?

        /// The credits missing, or nil without a balance.
        public var shortfall: Int? { balance.map { max(0, credits - $0) } }

        /// The cost of regenerating, as a sentence for people.
        ///
        /// "Regenerating 3 failed images costs 60 credits; the balance is 45: 15 short."
        public var sentence: String {
            let what =
                videos == 0
                ? "\(files) failed image\(files == 1 ? "" : "s")"
                : images == 0
                    ? "\(files) failed video\(files == 1 ? "" : "s")"
                    : "\(files) failed files (\(images) image\(images == 1 ? "" : "s"), \(videos) video\(videos == 1 ? "" : "s"))"
            let cost = "Regenerating \(what) costs \(credits) credit\(credits == 1 ? "" : "s")"
            guard let balance else { return cost + " (name the account with --account to compare it with the balance)." }
            let short = shortfall ?? 0
            return cost + "; the balance is \(balance)" + (short > 0 ? ": \(short) short." : ".")
        }
    }
}
