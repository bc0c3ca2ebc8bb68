import StudioAssets

/// `dpi`: the resolution the file states, when it states one, is at least `min`.
struct DPI: RuleCheck {
    static let id = RuleID.dpi
    static let media: Set<AssetKind> = [.image]
    static let parameters = ["min"]

    let min: Int

    init?(_ entry: YAMLMapping) {
        guard let min = entry.int("min"), min > 0 else {
            entry.fail(key: "min", "'dpi' needs 'min', a positive number of dots per inch")
            return nil
        }
        self.min = min
    }

    var requirement: String { "at least \(min) dpi" }
    var expected: JSONValue { .object([("min", .int(min))]) }

    func violation(of file: AssetInfo, platform: String) -> Violation? {
        guard let dpi = file.image?.dpi, dpi < min else { return nil }
        return Violation(
            message: "the file states \(dpi) dpi; \(platform) wants \(requirement): set the resolution to \(min) dpi or more",
            actual: .int(dpi)
        )
    }
}
