public import StudioAssets
public import StudioCore

/// What a check judges files against, and how.
public struct CheckOptions: Sendable {
    /// The platform profiles; none runs the house rules only.
    public var profiles: [Profile]
    /// The slot of every file, or nil to read it from each name's use case.
    public var slot: Slot?
    /// Whether names must follow the naming convention (the `filename` rule and name claims).
    public var namingConvention: Bool
    /// The use cases names may carry, or nil for any.
    public var useCases: [String]?
    /// Whether the files are treated as made by generative AI (the `ai-label` rule).
    public var generated: Bool
    /// Glob patterns of paths to skip (`drafts/**`, `*.tmp`).
    public var ignore: [String]
    /// The config and profile files the check read, by absolute path: skipped when a walk meets them.
    public var ownFiles: Set<String> = []
    /// Folders whose files are not checked, by absolute path (the folder `--fix` writes into).
    public var skippedFolders: [String] = []
    /// Whether to make what a review page shows: a ``StudioAssets/Thumbnail`` of every file (so every image
    /// is decoded, reduced, as for the pixel rules) and every file's SHA-256.
    public var forReview = false
    /// Changed rule levels.
    public var levels: LevelOverrides
    /// Images whose header declares more pixels are refused before decoding.
    public var maxPixels: Int
    /// The latest date a name may carry.
    public var today: CalendarDay

    /// Creates options: every default as `productstudio check` has it.
    public init(
        profiles: [Profile] = [],
        slot: Slot? = nil,
        namingConvention: Bool = true,
        useCases: [String]? = nil,
        generated: Bool = true,
        ignore: [String] = [],
        levels: LevelOverrides = LevelOverrides(),
        maxPixels: Int = InspectOptions.defaultMaxPixels,
        today: CalendarDay
    ) {
        self.profiles = profiles
        self.slot = slot
        self.namingConvention = namingConvention
        self.useCases = useCases
        self.generated = generated
        self.ignore = ignore
        self.levels = levels
        self.maxPixels = maxPixels
        self.today = today
    }
}

/// Rule levels changed by a config's `rules:` (`gps: off`, `amazon/min-size: error`).
public struct LevelOverrides: Sendable {
    /// By rule id, for every profile and the house rules; nil turns the rule off.
    public var byRule: [RuleID: FindingLevel?]
    /// By profile name and rule id; these win over ``byRule``.
    public var byProfileRule: [String: [RuleID: FindingLevel?]]

    /// Creates overrides.
    public init(byRule: [RuleID: FindingLevel?] = [:], byProfileRule: [String: [RuleID: FindingLevel?]] = [:]) {
        self.byRule = byRule
        self.byProfileRule = byProfileRule
    }

    /// The finding with its level changed, or nil when its rule is turned off.
    func apply(to finding: Finding) -> Finding? {
        let override = finding.profile.flatMap { byProfileRule[$0]?[finding.rule] } ?? byRule[finding.rule]
        guard let override else { return finding }
        guard let level = override else { return nil }
        var changed = finding
        changed.level = level
        return changed
    }
}
