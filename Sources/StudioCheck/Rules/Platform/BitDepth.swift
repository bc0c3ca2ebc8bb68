import StudioAssets

/// `bit-depth`: the image has `equals` bits per channel.
struct BitDepth: RuleCheck {
    static let id = RuleID.bitDepth
    static let media: Set<AssetKind> = [.image]
    static let parameters = ["equals"]

    let equals: Int

    init?(_ entry: YAMLMapping) {
        guard let equals = entry.int("equals"), [1, 2, 4, 8, 16, 32].contains(equals) else {
            entry.fail(key: "equals", "'bit-depth' needs 'equals', the bits per channel (8 or 16)")
            return nil
        }
        self.equals = equals
    }

    var requirement: String { "\(equals) bits per channel" }
    var expected: JSONValue { .int(equals) }

    func violation(of file: AssetInfo, platform: String) -> Violation? {
        guard let depth = file.image?.bitDepth, depth != equals else { return nil }
        return Violation(
            message: "the image has \(depth) bits per channel; \(platform) wants \(equals): save it with \(equals) bits per channel",
            actual: .int(depth)
        )
    }
}
