import StudioAssets

/// `animated`: the image is a still, not an animated GIF, WebP or PNG.
struct Animated: RuleCheck {
    static let id = RuleID.animated
    static let media: Set<AssetKind> = [.image]
    static let parameters: [String] = []

    init?(_ entry: YAMLMapping) {}

    var requirement: String { "a still image" }
    var expected: JSONValue { .int(1) }

    func violation(of file: AssetInfo, platform: String) -> Violation? {
        guard let frames = file.image?.frames, frames > 1, let format = file.format, [.gif, .webp, .png].contains(format) else {
            return nil
        }
        return Violation(
            message: "the \(Wording.format(format.rawValue)) is animated (\(frames) frames); \(platform) wants a still image: export one frame",
            actual: .int(frames)
        )
    }
}
