/// The outcome of `check --fix`: for each file with findings, its copy and how that copy checks.
public struct FixReport: Sendable {
    /// The fix folder as the user gave it.
    public var folder: String
    /// Whether this is the plan of `--dry-run`: nothing was written.
    public var dryRun: Bool
    /// Files checked, with findings or not.
    public var checked: Int
    /// The files with findings, in walk order.
    public var files: [FixedFile]
    /// What regenerating the files that need it costs, when the history knows their tasks.
    public var regeneration: CheckReport.Regeneration?
    /// Remarks on the whole run.
    public var notes: [String] = []

    /// One file with findings.
    public struct FixedFile: Sendable {
        public var plan: FixPlan
        /// The steps the copy got (the plan's, less those that could not apply, plus those done unasked).
        public var steps: [FixStep]
        /// The copy's path (the fix folder joined with its name); nil when no copy is (or would be) written.
        public var copy: String?
        /// Remarks: the name taken, a step that could not apply, a byte limit not reached.
        public var notes: [String]
        /// The copy as checked again; nil without a copy and in a dry run.
        public var after: CheckedAsset?
        /// Why the copy could not be made, when that failed.
        public var failure: String?

        /// The path of the original.
        public var path: String { plan.asset.facts.path }
    }

    /// Whether a finding at `threshold` or worse remains: in a copy, in a file without a copy, or a copy that failed.
    public func fails(at threshold: FindingLevel) -> Bool {
        files.contains { file in
            if file.failure != nil { return true }
            if let after = file.after { return after.findings.contains { $0.level <= threshold } }
            let remaining = dryRun && file.copy != nil ? file.plan.unfixed : file.plan.asset.findings
            return remaining.contains { $0.level <= threshold }
        }
    }
}
