/// The credits needed to regenerate a set of files at the quality each was generated at, against a balance.
///
/// Get one from ``GenerationHistory/estimateRegeneration(ofSHA256s:for:)``. Each matched file costs one image
/// at its task's quality, or one video of its task's length; files no task produced are listed apart.
public struct RegenerationEstimate: Sendable, Equatable {
    /// One file that a recorded task produced, and what generating it again costs.
    public struct Item: Sendable, Equatable {
        /// The file's SHA-256.
        public let sha256: String
        /// The task that produced it.
        public let task: Int64
        /// What regenerating it means: one image at the task's quality, or one video of its length.
        public let kind: GenerationKind
        /// The schedule's price for that.
        public let credits: Int
    }

    /// The files with a producing task, in the order asked.
    public let items: [Item]
    /// The SHA-256 of each file no recorded task produced.
    public let unmatched: [String]
    /// The account's balance now.
    public let balance: Int

    /// The credits needed for every matched file.
    public var total: Int { items.reduce(0) { $0 + $1.credits } }
    /// The credits missing to cover ``total``; 0 when the balance is enough.
    public var shortfall: Int { max(0, total - balance) }
}
