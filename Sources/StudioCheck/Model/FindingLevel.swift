/// How serious a finding is.
public enum FindingLevel: String, Sendable, CaseIterable, Comparable {
    /// A platform will refuse the file (a `hard` rule): the run exits 1.
    case error
    /// A platform recommends otherwise (a `recommended` rule): the run passes unless `--fail-on warning`.
    case warning

    public static func < (a: FindingLevel, b: FindingLevel) -> Bool { a == .error && b == .warning }
}
