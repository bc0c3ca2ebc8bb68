public import StudioAssets

/// What `check --fix` does for one file with findings: the steps of its corrected copy, the copy's name,
/// and the findings no step corrects.
public struct FixPlan: Sendable {
    /// The file as checked.
    public let asset: CheckedAsset
    /// The steps the copy gets, in the order they run; empty when no copy is made.
    public var steps: [FixStep] = []
    /// The image edit, or nil when the copy keeps the original's bytes (a rename only).
    public var edit: ImageEdit?
    /// The copy's name, or nil when no copy is made.
    public var name: CopyName?
    /// Why something asked for is not done (the name left, a file not edited).
    public var notes: [String] = []
    /// The findings no step corrects.
    public var unfixed: [Finding] = []

    /// Whether a copy is written.
    public var makesCopy: Bool { name != nil }

    /// The unfixed findings whose file must be generated again (``FixStep/needsRegenerating``).
    public var needsRegenerating: [Finding] { unfixed.filter { FixStep.needsRegenerating.contains($0.rule) } }
}
