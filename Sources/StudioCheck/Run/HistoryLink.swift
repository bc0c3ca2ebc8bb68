public import StudioCore

/// The generation history a check links files to (by SHA-256), and the account whose balance prices
/// regenerating the failures.
public struct HistoryLink: Sendable {
    public let history: GenerationHistory
    /// The account's email, or nil: regeneration is then priced without a balance.
    public let account: String?

    /// Creates a link.
    public init(history: GenerationHistory, account: String?) {
        self.history = history
        self.account = account
    }

    /// The tasks that produced these files, by SHA-256; files no task produced are absent.
    func matches(sha256s: [String]) throws -> [String: HistoryMatch] {
        try history.producers(ofSHA256s: sha256s).mapValues { HistoryMatch(task: $0.task, output: $0.output) }
    }

    /// What regenerating the failed files with a known task costs, each at its own quality, against the balance.
    func regeneration(of failed: [CheckedAsset]) throws -> CheckReport.Regeneration? {
        let known = failed.filter { $0.history != nil && $0.sha256 != nil }
        guard !known.isEmpty else { return nil }
        let videos = known.filter { $0.history?.tool == .video }.count
        var regeneration = CheckReport.Regeneration(files: known.count, images: known.count - videos, videos: videos, credits: 0)
        if let account {
            let estimate = try history.estimateRegeneration(ofSHA256s: known.compactMap(\.sha256), for: account)
            regeneration.credits = estimate.total
            regeneration.balance = estimate.balance
        } else {
            regeneration.credits = try known.compactMap(\.history).reduce(0) { $0 + (try history.schedule.cost(of: $1.kind.oneOutput)) }
        }
        return regeneration
    }
}
