import StudioAssets

/// `background` (main images): at least `min-white` of the border band (inspect's `--pixels` border, 2 % of the
/// shorter side) is near-white: opaque, every channel at least 245.
struct Background: RuleCheck {
    static let id = RuleID.background
    static let media: Set<AssetKind> = [.image]
    static let parameters = ["min-white"]

    let minWhite: Double

    init?(_ entry: YAMLMapping) {
        guard let share = entry.double("min-white"), (0...1).contains(share) else {
            entry.fail(key: "min-white", "'background' needs 'min-white', the share of near-white border pixels (0 to 1)")
            return nil
        }
        minWhite = share
    }

    var needsPixels: Bool { true }
    var requirement: String { "a white background: at least \(Wording.percent(minWhite)) of the border near-white" }
    var expected: JSONValue { .object([("minWhite", .number(minWhite))]) }

    func violation(of file: AssetInfo, platform: String) -> Violation? {
        guard let border = file.pixels?.border, border.nearWhiteShare < minWhite else { return nil }
        return Violation(
            message: "\(Wording.percent(border.nearWhiteShare)) of the border is white; \(platform)'s main image wants \(requirement): "
                + "regenerate it on a white background",
            actual: .number(border.nearWhiteShare)
        )
    }
}
